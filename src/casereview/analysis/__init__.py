"""Math on volumes and geometry: measurements, statistics, segmentation, contact angles (NumPy/SimpleITK only)."""
