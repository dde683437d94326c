"""Operations around the desk: the doctor, pairing, the support bundle, the scanner test.

A package (not a namespace) so that the import contracts see it: ``ops`` sits above the screens
(it talks to the backends, which the screens never do) and below the app that wires it.
"""
