"""Printers for bands and labels: one layout drawn as dots, then a driver per printer language
(ZPL to a Zebra over TCP, QPrinter for any system printer, PDF for a preview)."""
