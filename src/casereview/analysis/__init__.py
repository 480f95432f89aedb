"""Math on volumes and geometry: measurements, segmentation, centrelines, contact angles.

NumPy, SciPy, scikit-image and SimpleITK only: no I/O, no Qt, no VTK.
"""
