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
})();
