"""One object per kind of write (``kinds.KINDS``): each plans its write (checked before anything
is sent), sends it once, reads it back when its answer was lost, and words it on screen and in
the audit. The engine that runs them, with truthful outcomes, is ``kiosk.checkin.actions``.

The kinds' modules (visits, bands, account, details) import only ``base``, never each other.
"""
