"""The legal library: documents, their structure and relations, import, search pages, the legal bookshelf."""
