"""Implementations of the domain's ``Backend`` port (``kiosk.checkin.ports``).

Each backend is a package of its own and imports no other backend; only the composition root
(``kiosk.app``) chooses one and wires it into the domain.
"""
