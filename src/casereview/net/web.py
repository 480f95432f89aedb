"""DICOMweb client of an archive with dicomweb-client: QIDO-RS, WADO-RS and STOW-RS.

The same queries as C-FIND (:mod:`casereview.net.dimse`) give the same :class:`PacsMatch`
lists; a series is streamed instance by instance (progress and cancel between instances);
files are stored in small batches. HTTP and network failures become typed errors whose message
says what to check — a 401 is "the server refused the user name or password", never a trace.
Retries are off: a refused password is not tried five times.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable, Collection, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

import pydicom
import requests
from dicomweb_client.api import DICOMwebClient
from pydicom.dataset import Dataset
from pydicom.errors import InvalidDicomError

from casereview.domain.pacs_nodes import WebAuth, WebNode
from casereview.domain.privacy import pseudonymous_tag
from casereview.domain.progress import CancelToken, ProgressReporter, no_progress
from casereview.errors import ConfigurationError, OperationCancelled
from casereview.messages import Message
from casereview.net.errors import (
    AuthenticationFailedError,
    NetworkTimeoutError,
    PacsError,
    PacsRequestError,
    ServerUnreachableError,
)
from casereview.net.multipart import MultipartError, boundary_of, iter_parts
from casereview.net.query import (
    FetchCounts,
    InstanceSink,
    PacsMatch,
    PacsQuery,
    QueryLevel,
    SendOutcome,
    check_uid,
    matches_query,
    patients_of,
    study_context,
)
from casereview.net.received import received_from_file_bytes

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Results asked for per QIDO-RS request.
QIDO_PAGE = 200

#: Files per STOW-RS request: small enough for progress and cancel, large enough to be quick.
STOW_BATCH = 16

_STUDY_FIELDS = (
    "PatientName",
    "PatientID",
    "PatientBirthDate",
    "PatientSex",
    "StudyInstanceUID",
    "StudyDate",
    "StudyTime",
    "StudyDescription",
    "AccessionNumber",
    "ModalitiesInStudy",
    "NumberOfStudyRelatedSeries",
    "NumberOfStudyRelatedInstances",
)
_SERIES_FIELDS = (
    "SeriesInstanceUID",
    "Modality",
    "SeriesNumber",
    "SeriesDescription",
    "NumberOfSeriesRelatedInstances",
)

#: Ask for instances as the archive stores them: no lossy or slow conversion on the way.
_ACCEPT_AS_STORED = 'multipart/related; type="application/dicom"; transfer-syntax=*'

#: Bytes read from the network at a time while a series streams in.
_CHUNK_BYTES = 1024 * 1024


class WebClient:
    """A DICOMweb endpoint as a :class:`~casereview.net.query.PacsSource` and destination.

    Parameters
    ----------
    node
        The endpoint.
    secret
        The password (basic) or token (bearer) from the node's secret store; ``None`` without
        authentication.

    Raises
    ------
    ConfigurationError
        If the node needs a secret and none is given.
    """

    protocol = "dicomweb"

    def __init__(self, node: WebNode, secret: str | None = None) -> None:
        self.node = node
        session = _Session()
        if node.auth is not WebAuth.NONE and not secret:
            raise ConfigurationError(
                Message(
                    "No password or token is stored for {node}. Add the node again with "
                    "'casereview-cli pacs node add' and give it (--secret-file).",
                    node=node.name,
                )
            )
        if node.auth is WebAuth.BASIC:
            session.auth = (node.username, secret or "")
        elif node.auth is WebAuth.BEARER:
            session.headers["Authorization"] = f"Bearer {secret}"
        self._session = session
        self._client = DICOMwebClient(node.base_url, session=session, timeout=node.timeout)
        self._client.set_http_retry_params(retry=False)

    @property
    def node_name(self) -> str:
        """The user's name for the node."""
        return self.node.name

    # --- errors ----------------------------------------------------------------------------

    def _refused(self) -> AuthenticationFailedError:
        if self.node.auth is WebAuth.BASIC:
            return AuthenticationFailedError(
                Message(
                    "{node}: the server refused the user name or password. Check them in the "
                    "node settings (the password is stored separately, never shown).",
                    node=self.node.name,
                )
            )
        if self.node.auth is WebAuth.BEARER:
            return AuthenticationFailedError(
                Message(
                    "{node}: the server refused the access token; it may have expired. Store "
                    "a new token for the node.",
                    node=self.node.name,
                )
            )
        return AuthenticationFailedError(
            Message(
                "{node}: the server asks for a user name and password. Choose basic or "
                "bearer authentication in the node settings.",
                node=self.node.name,
            )
        )

    def _translate(self, exc: Exception) -> PacsError:
        node = self.node.name
        if isinstance(exc, requests.HTTPError) and exc.response is not None:
            code = exc.response.status_code
            if code == 401:
                return self._refused()
            if code == 403:
                return AuthenticationFailedError(
                    Message(
                        "{node}: the server knows this user but does not allow this request "
                        "(HTTP 403). Ask the PACS administrator for access.",
                        node=node,
                    )
                )
            if code == 404:
                return PacsRequestError(
                    Message(
                        "{node}: nothing answers at this address (HTTP 404). Check the "
                        "DICOMweb base URL in the node settings (often it ends in /dicom-web).",
                        node=node,
                    )
                )
            return PacsRequestError(
                Message(
                    "{node}: the server could not perform the request (HTTP {code}). Try again "
                    "later; if it persists, ask the PACS administrator.",
                    node=node,
                    code=code,
                )
            )
        if isinstance(exc, requests.Timeout):
            return NetworkTimeoutError(
                Message(
                    "{node} did not answer within {seconds} s. Try again later, or raise the "
                    "node's timeout for a slow server.",
                    node=node,
                    seconds=round(self.node.timeout),
                )
            )
        if isinstance(exc, requests.ConnectionError):
            return ServerUnreachableError(
                Message(
                    "{node} is not reachable at {url}. The server may be down, or the address "
                    "or port is wrong; check the node's base URL.",
                    node=node,
                    url=self.node.base_url,
                )
            )
        if isinstance(exc, MultipartError):
            return PacsRequestError(
                Message(
                    "{node} ended its answer in the middle of the series. What arrived is "
                    "kept; retrieve again to get the rest.",
                    node=node,
                )
            )
        return PacsRequestError(
            Message(
                "{node} sent an answer casereview cannot read ({reason}). Check that the base "
                "URL is the DICOMweb service root.",
                node=node,
                reason=type(exc).__name__,
            )
        )

    def _call(self, request: Callable[[], T]) -> T:
        try:
            return request()
        except (requests.RequestException, ValueError, KeyError, InvalidDicomError) as exc:
            raise self._translate(exc) from exc

    # --- QIDO-RS ---------------------------------------------------------------------------

    def echo(self) -> float:
        """Probe the endpoint with a one-result study search (the "Test" button).

        Returns
        -------
        float
            Round-trip time in seconds.

        Raises
        ------
        AuthenticationFailedError, ServerUnreachableError, NetworkTimeoutError, PacsRequestError
            With a message saying what to check.
        """
        start = time.monotonic()
        self._call(lambda: self._client.search_for_studies(limit=1, fields=["StudyDate"]))
        return time.monotonic() - start

    def _studies(self, query: PacsQuery) -> list[PacsMatch]:
        filters: dict[str, Any] = {
            key: value
            for key, value in (
                ("PatientName", query.name_pattern),
                ("PatientID", query.patient_id),
                ("AccessionNumber", query.accession_number),
                ("StudyDate", query.date_range),
                ("ModalitiesInStudy", query.modality),
                ("StudyInstanceUID", query.study_instance_uid),
            )
            if value
        }
        found = self._paged(
            lambda offset: self._client.search_for_studies(
                fields=list(_STUDY_FIELDS), search_filters=filters, limit=QIDO_PAGE, offset=offset
            ),
            "StudyInstanceUID",
        )
        matches = [PacsMatch.from_dataset(self._dataset(item), QueryLevel.STUDY) for item in found]
        return [m for m in matches if matches_query(m, query)]

    def _dataset(self, item: dict[str, Any]) -> Dataset:
        try:
            return Dataset.from_json(item)
        except (ValueError, TypeError, KeyError) as exc:
            raise self._translate(exc) from exc

    def find(self, query: PacsQuery, cancel: CancelToken | None = None) -> list[PacsMatch]:
        """Search the endpoint (QIDO-RS) for patients, studies or series.

        Patients are found through their studies (QIDO-RS has no patient level); series are
        listed study by study, as with C-FIND.

        Returns
        -------
        list of PacsMatch
            Matches at ``query.level``. Holds PHI: never log it.

        Raises
        ------
        AuthenticationFailedError, ServerUnreachableError, NetworkTimeoutError, PacsRequestError
            With a message saying what to check.
        OperationCancelled
            If ``cancel`` was set.
        """
        studies = self._studies(query)
        if query.level is QueryLevel.PATIENT:
            return patients_of(studies)
        if query.level is QueryLevel.STUDY:
            return studies
        series: list[PacsMatch] = []
        for study in studies:
            if cancel is not None:
                cancel.raise_if_cancelled()
            found = self._series_of(study.study_instance_uid, query.modality)
            for item in found:
                match = PacsMatch.from_dataset(self._dataset(item), QueryLevel.SERIES)
                series.append(study_context(match, study))
        return series

    def _series_of(self, study_instance_uid: str, modality: str) -> list[dict[str, Any]]:
        filters = {"Modality": modality} if modality else {}
        return self._paged(
            lambda offset: self._client.search_for_series(
                study_instance_uid=study_instance_uid,
                fields=list(_SERIES_FIELDS),
                search_filters=filters,
                limit=QIDO_PAGE,
                offset=offset,
            ),
            "SeriesInstanceUID",
        )

    def _paged(
        self, search: Callable[[int], list[dict[str, Any]]], key: str
    ) -> list[dict[str, Any]]:
        """Every result of a QIDO-RS search, page by page.

        Paging ends at a short page, or when a page brings nothing new: some archives ignore
        ``offset`` and answer every page with the first one (dicomweb-client's own
        ``get_remaining`` then asks for ever).
        """
        tag = f"{pydicom.datadict.tag_for_keyword(key):08X}"
        results: list[dict[str, Any]] = []
        seen: set[str] = set()
        offset = 0
        while True:
            page = self._call(functools.partial(search, offset))
            fresh = []
            for item in page:
                values = item.get(tag, {}).get("Value", [""])
                uid = str(values[0]) if values else ""
                if uid not in seen:
                    seen.add(uid)
                    fresh.append(item)
            results.extend(fresh)
            if len(page) < QIDO_PAGE or not fresh:
                return results
            offset += len(page)

    def _announced(self, study_instance_uid: str, series_instance_uid: str) -> int | None:
        found = self._call(
            lambda: self._client.search_for_series(
                study_instance_uid=study_instance_uid,
                fields=["NumberOfSeriesRelatedInstances"],
                search_filters={"SeriesInstanceUID": series_instance_uid},
            )
        )
        for item in found:
            match = PacsMatch.from_dataset(self._dataset(item), QueryLevel.SERIES)
            if match.series_instance_uid in ("", series_instance_uid):
                return match.number_of_instances
        return 0

    # --- WADO-RS ---------------------------------------------------------------------------

    def fetch_series(
        self,
        study_instance_uid: str,
        series_instance_uid: str,
        sink: InstanceSink,
        *,
        progress: ProgressReporter = no_progress,
        cancel: CancelToken | None = None,
        skip: Collection[str] = (),
    ) -> FetchCounts:
        """Retrieve a series with WADO-RS, streamed, each instance as the archive stores it.

        The series is asked for whole, ``skip`` (instances here already) included: the sink
        passes over those.

        Returns
        -------
        FetchCounts
            Instances announced by QIDO-RS, received, and refused by the sink.

        Raises
        ------
        AuthenticationFailedError, ServerUnreachableError, NetworkTimeoutError, PacsRequestError
            With a message saying what to check; what reached the sink stays there.
        OperationCancelled
            If ``cancel`` was set; what reached the sink stays there.
        """
        study = check_uid(study_instance_uid, Message("The Study Instance UID"))
        series = check_uid(series_instance_uid, Message("The Series Instance UID"))
        announced = self._announced(study, series)
        received = failed = 0
        progress(0, announced or 0, Message("Retrieving images"))
        response = self._call(lambda: self._get_series(study, series))
        try:
            parts = self._parts(response)
            while True:
                if cancel is not None and cancel.cancelled:
                    raise OperationCancelled(
                        Message(
                            "The retrieve from {node} was cancelled. What arrived is kept; "
                            "retrieve again to resume.",
                            node=self.node.name,
                        )
                    )
                part = self._call(lambda: next(parts, None))
                if part is None:
                    break
                try:
                    instance = received_from_file_bytes(part)
                except (InvalidDicomError, AttributeError, KeyError, ValueError, TypeError) as exc:
                    log.warning(
                        "refused a part that is not a whole instance (%s)", type(exc).__name__
                    )
                    failed += 1
                    continue
                if (instance.study_instance_uid, instance.series_instance_uid) != (study, series):
                    log.warning("refused an instance of another series than the one retrieved")
                    failed += 1
                    continue
                try:
                    sink(instance)
                except Exception as exc:  # counted as failed, like a refused C-STORE
                    log.warning("could not keep a received instance: %s", type(exc).__name__)
                    failed += 1
                    continue
                received += 1
                progress(received, max(announced or 0, received), Message("Retrieving images"))
        finally:
            response.close()
        log.info(
            "WADO-RS of series %s from a node: %d of %s received, %d failed",
            pseudonymous_tag(series),
            received,
            announced,
            failed,
        )
        return FetchCounts(announced=announced, received=received, failed=failed)

    def _get_series(self, study_instance_uid: str, series_instance_uid: str) -> requests.Response:
        """Ask for a series (WADO-RS Retrieve Series), streamed: the answer is read as it comes."""
        url = (
            f"{self.node.base_url.rstrip('/')}/studies/{study_instance_uid}"
            f"/series/{series_instance_uid}"
        )
        response = self._session.get(
            url, headers={"Accept": _ACCEPT_AS_STORED}, stream=True, timeout=self.node.timeout
        )
        try:
            response.raise_for_status()
        except requests.HTTPError:
            response.close()
            raise
        return response

    @staticmethod
    def _parts(response: requests.Response) -> Iterator[bytes]:
        """The instances of a WADO-RS answer, each as the bytes of a DICOM file."""
        boundary = boundary_of(response.headers.get("Content-Type", ""))
        if boundary is None:
            # A lone instance sent as application/dicom (not multipart, as PS3.18 asks; some
            # archives do it for a one-image series).
            return iter([response.content])
        return iter_parts(response.iter_content(chunk_size=_CHUNK_BYTES), boundary)

    # --- STOW-RS ---------------------------------------------------------------------------

    def send(
        self,
        paths: Sequence[Path],
        *,
        progress: ProgressReporter = no_progress,
        cancel: CancelToken | None = None,
    ) -> SendOutcome:
        """Store files on the endpoint (STOW-RS) in batches of :data:`STOW_BATCH`.

        Files that cannot be read or that the server refuses are listed in the outcome. A
        cancel stops before the next batch (:attr:`SendOutcome.cancelled`).

        Raises
        ------
        AuthenticationFailedError, ServerUnreachableError, NetworkTimeoutError
            If the server cannot be reached or refuses us.
        """
        sent: list[str] = []
        failures: list[tuple[Path, Message]] = []
        total = len(paths)
        progress(0, total, Message("Sending"))
        for start in range(0, total, STOW_BATCH):
            if cancel is not None and cancel.cancelled:
                return SendOutcome(tuple(sent), tuple(failures), cancelled=True)
            batch: list[tuple[Path, Dataset]] = []
            for path in paths[start : start + STOW_BATCH]:
                try:
                    batch.append((path, pydicom.dcmread(path)))
                except (OSError, InvalidDicomError, ValueError) as exc:
                    failures.append(
                        (
                            path,
                            Message(
                                "not a readable DICOM file ({reason})",
                                reason=type(exc).__name__,
                            ),
                        )
                    )
            if batch:
                self._store_batch(batch, sent, failures)
            progress(min(start + STOW_BATCH, total), total, Message("Sending"))
        log.info("STOW-RS to a node: %d sent, %d not sent", len(sent), len(failures))
        return SendOutcome(tuple(sent), tuple(failures))

    def _store_batch(
        self,
        batch: list[tuple[Path, Dataset]],
        sent: list[str],
        failures: list[tuple[Path, Message]],
    ) -> None:
        by_uid = {str(ds.SOPInstanceUID): path for path, ds in batch}
        answer: Dataset | None
        try:
            answer = self._client.store_instances([ds for _, ds in batch])
        except requests.HTTPError as exc:
            error = self._translate(exc)
            if isinstance(error, AuthenticationFailedError) or exc.response is None:
                raise error from exc
            # 409 and friends: the answer may still say which instances were stored.
            answer = _stow_answer(exc.response)
            if answer is None:
                failures.extend((path, error.message) for path, _ in batch)
                return
        except (requests.RequestException, ValueError) as exc:
            raise self._translate(exc) from exc
        stored = {
            str(item.ReferencedSOPInstanceUID) for item in answer.get("ReferencedSOPSequence", [])
        }
        for uid, path in by_uid.items():
            if uid in stored:
                sent.append(uid)
            else:
                failures.append(
                    (
                        path,
                        Message(
                            "{node} did not store it (see the server's log)",
                            node=self.node.name,
                        ),
                    )
                )


class _Session(requests.Session):
    """A session that sends the QIDO-RS wildcard ``*`` as itself, not as ``%2A``.

    ``*`` is a legal character in a URL query (RFC 3986 sub-delims), so both spellings mean
    the same, but some archives (Orthanc's DICOMweb plugin 1.7, as shipped by Debian 12) do not
    decode ``%2A`` and then find nothing for ``PatientName=DOE*``.
    """

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        if request.url and "%2A" in request.url:
            base, _, query = request.url.partition("?")
            request.url = base + "?" + query.replace("%2A", "*")
        return super().send(request, **kwargs)


def _stow_answer(response: requests.Response) -> Dataset | None:
    """The STOW-RS answer of a failed request, when the server sent one."""
    try:
        return Dataset.from_json(response.json())
    except (ValueError, TypeError, KeyError):
        return None
