"""The stand-in server's routes, one module per area of the Trybe API."""
