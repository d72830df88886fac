"""The HTML report's style sheet, for the screen and for printing on A4."""

STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1d1d1f; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2.5rem; }
section { border-top: 1px solid #ccc; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
#overview, #totals, table.catalogue-entries, table.findings { width: 100%; max-width: 72rem; }
#overview th { font-size: .85em; overflow-wrap: anywhere; hyphens: auto; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid #ccc; padding: .25rem .6rem; text-align: left; vertical-align: top; }
td.amount, th.amount { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total th, tr.total td { font-weight: 600; }
tr.entry.differs td, tr.entry.missing td { background: #fff4e5; }
.error { color: #b00020; font-weight: bold; } .warning { color: #8a5a00; font-weight: bold; } .info { color: #00538a; }
.clean { color: #1b6e20; }
#crashes { border: 2px solid #b00020; padding: 0 1rem; max-width: 72rem; }
#crashes h2 { color: #b00020; margin-top: 1rem; } #crashes code { color: #1d1d1f; overflow-wrap: anywhere; }
.location { font-weight: 500; }
code { font-size: .85em; color: #555; }
svg.chart { display: block; margin: .5rem 0 1rem; }
svg text { font-size: 11px; fill: #1d1d1f; }
svg text.value { font-size: 10px; }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { margin: 0; font-size: 9pt; }
  h2 { margin-top: 1rem; break-after: avoid; page-break-after: avoid; }
  section.document, table, svg.chart, tr { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  table { width: 100%; }
  th, td { padding: .15rem .35rem; overflow-wrap: anywhere; }
  td.amount { overflow-wrap: normal; }
  a { color: inherit; text-decoration: none; }
}
"""
