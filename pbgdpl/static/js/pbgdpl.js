/* PBGDPL: the little behaviour the pages need, kept out of the HTML so that the Content-Security-Policy
   can forbid inline scripts (script-src 'self'). Each behaviour is opted into with a data- attribute. */
(function () {
  "use strict";

  function on(root, selector, type, handler) {
    root.addEventListener(type, function (event) {
      var target = event.target instanceof Element ? event.target.closest(selector) : null;
      if (target) { handler(event, target); }
    });
  }

  /* <select data-autosubmit>: submit the form as soon as a value is chosen (a <noscript> button is the fallback). */
  on(document, "select[data-autosubmit]", "change", function (event, select) {
    if (select.form) { select.form.requestSubmit ? select.form.requestSubmit() : select.form.submit(); }
  });

  /* <button data-print>: open the browser's print dialog. */
  on(document, "[data-print]", "click", function () { window.print(); });

  /* <button data-menu-toggle aria-controls="…" hidden> inside a <nav>: on narrow screens (CSS) the menu folds
     behind the button; the button says whether it is open (aria-expanded); Escape closes it and returns focus. */
  function setOpen(nav, button, open) {
    nav.classList.toggle("open", open);
    button.setAttribute("aria-expanded", open ? "true" : "false");
  }
  document.querySelectorAll("[data-menu-toggle]").forEach(function (button) {
    var nav = button.closest("nav");
    if (!nav) { return; }
    nav.classList.add("js-menu");
    button.hidden = false;
    button.addEventListener("click", function () { setOpen(nav, button, !nav.classList.contains("open")); });
    nav.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && nav.classList.contains("open")) {
        setOpen(nav, button, false);
        button.focus();
      }
    });
  });
})();
