"""The stand-in for The Access Group's Collins customers API: an app, its store, demo data.

A package so that the sandbox's import contract covers it as it covers the Trybe stand-in.
"""
