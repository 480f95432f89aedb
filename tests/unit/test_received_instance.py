"""Naming a received instance by its UIDs without decoding it whole, and keeping its bytes."""

from __future__ import annotations

from io import BytesIO
from types import SimpleNamespace
from typing import Any

import numpy as np
import pydicom
import pytest
from pydicom.data import get_testdata_file
from pydicom.dataset import Dataset
from pydicom.uid import UID, ExplicitVRLittleEndian, ImplicitVRLittleEndian
from pynetdicom.dsutils import encode

from casereview.net.received import received_from_file_bytes, received_from_store


def ct_image() -> Dataset:
    """A 512x512 CT image as archives send them (pydicom's CT_small, full size)."""
    ds = pydicom.dcmread(get_testdata_file("CT_small.dcm"))
    ds.Rows = ds.Columns = 512
    ds.PixelData = np.arange(512 * 512, dtype=np.int16).tobytes()
    return ds


def file_bytes(ds: Dataset) -> bytes:
    buffer = BytesIO()
    ds.save_as(buffer, enforce_file_format=True)
    return buffer.getvalue()


def dataset_bytes(ds: Dataset, transfer_syntax: UID) -> bytes:
    """The dataset as a C-STORE request carries it: no preamble, no file meta."""
    encoded = encode(ds, transfer_syntax.is_implicit_VR, transfer_syntax.is_little_endian)
    assert encoded is not None
    return encoded


def test_a_dicom_file_is_named_by_its_uids_and_kept_byte_for_byte() -> None:
    ds = ct_image()
    data = file_bytes(ds)
    instance = received_from_file_bytes(data)
    assert instance.data is data
    assert instance.sop_instance_uid == ds.SOPInstanceUID
    assert instance.sop_class_uid == ds.SOPClassUID
    assert instance.study_instance_uid == ds.StudyInstanceUID
    assert instance.series_instance_uid == ds.SeriesInstanceUID


def test_a_part_without_preamble_and_file_meta_becomes_a_dicom_file() -> None:
    ds = ct_image()
    bare = dataset_bytes(ds, ExplicitVRLittleEndian)
    instance = received_from_file_bytes(bare)
    assert instance.data[128:132] == b"DICM"
    written = pydicom.dcmread(BytesIO(instance.data))
    assert written.SOPInstanceUID == ds.SOPInstanceUID
    assert written.PixelData == ds.PixelData
    assert instance.series_instance_uid == ds.SeriesInstanceUID


def test_an_instance_without_its_series_uid_is_refused() -> None:
    ds = ct_image()
    del ds.SeriesInstanceUID
    with pytest.raises((AttributeError, ValueError)):
        received_from_file_bytes(file_bytes(ds))


def test_bytes_that_are_not_dicom_are_refused() -> None:
    with pytest.raises(Exception) as caught:
        received_from_file_bytes(b"<html>Service unavailable</html>" * 20)
    assert isinstance(caught.value, (pydicom.errors.InvalidDicomError, ValueError, AttributeError))


def store_event(ds: Dataset, transfer_syntax: UID, *, affected_uid: str | None = None) -> Any:
    """A C-STORE request event as pynetdicom hands it to a handler (what the reader uses)."""
    encoded = BytesIO(dataset_bytes(ds, transfer_syntax))
    encoded.seek(0, 2)  # pynetdicom leaves the stream at its end after receiving it

    def encoded_dataset(include_meta: bool = True) -> bytes:
        assert include_meta
        return b"\0" * 128 + b"DICM" + encoded.getvalue()

    request = SimpleNamespace(
        DataSet=encoded,
        AffectedSOPInstanceUID=ds.SOPInstanceUID if affected_uid is None else affected_uid,
        AffectedSOPClassUID=ds.SOPClassUID,
    )
    return SimpleNamespace(
        request=request,
        context=SimpleNamespace(transfer_syntax=transfer_syntax),
        encoded_dataset=encoded_dataset,
        dataset=ds,
    )


@pytest.mark.parametrize("transfer_syntax", [ImplicitVRLittleEndian, ExplicitVRLittleEndian])
def test_a_c_store_request_is_named_from_its_command_and_first_attributes(
    transfer_syntax: UID,
) -> None:
    ds = ct_image()
    event = store_event(ds, transfer_syntax)
    instance = received_from_store(event)
    assert instance.sop_instance_uid == ds.SOPInstanceUID
    assert instance.sop_class_uid == ds.SOPClassUID
    assert instance.study_instance_uid == ds.StudyInstanceUID
    assert instance.series_instance_uid == ds.SeriesInstanceUID
    assert instance.data.endswith(dataset_bytes(ds, transfer_syntax))


def test_a_c_store_request_without_its_sop_instance_uid_is_refused() -> None:
    with pytest.raises(ValueError, match="identifying UIDs"):
        received_from_store(store_event(ct_image(), ExplicitVRLittleEndian, affected_uid=""))
