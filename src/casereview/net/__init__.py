"""Network adapters: DIMSE (pynetdicom) and DICOMweb (dicomweb-client) clients of an archive.

This package speaks protocols and stores nothing: what it receives goes to a sink the caller
gives (``casereview.services.pacs`` stages it and imports it like any other file). It imports
no Qt and no VTK, and sends traffic only to the nodes the user configured.
"""
