"""Reading and writing DICOM files: scanning, series assembly, volumes, writers."""
