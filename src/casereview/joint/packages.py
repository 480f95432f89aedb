"""Which local rows a session's case package stands for, at the sender and at a partner.

Messages name images only by the package's de-identified UIDs. At the site that exported the
package, the mapping kept at export (``exchange_uid_mappings``) turns them back into our
originals; at a site that imported it, the package's UIDs are the ones indexed (apart from our
own images coming back in a partner's answer, which the same mapping recognises). Key images
travel under the UUID they had in the package: the sender's own UUID, the receiver's
``origin_uuid``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import or_, select

from casereview.joint.errors import JointError, PackageNotHeldError
from casereview.joint.protocol import AgendaState, FacetValue, SeriesState, package_of
from casereview.messages import Message
from casereview.store.database import Database
from casereview.store.models_annotations import KeyImageRow
from casereview.store.models_index import Series
from casereview.store.models_packages import ExchangePackage, ExchangeUidMapping
from casereview.store.repositories_packages import EXPORT


@dataclass
class PackageBinding:
    """The local case of one package, and the translation of its UIDs and key images.

    Attributes
    ----------
    package_id
        The package's id (its manifest's UUID).
    case_id
        Our case that holds the package's images (``None`` when it was not recorded).
    exported
        Whether this workstation wrote the package (else it received it).
    """

    db: Database = field(repr=False)
    package_id: str
    case_id: int | None
    exported: bool
    _to_local: dict[str, str] = field(default_factory=dict, repr=False)
    _to_package: dict[str, str] = field(default_factory=dict, repr=False)
    _held: dict[str, bool] = field(default_factory=dict, repr=False)

    def local_series_uid(self, package_uid: str) -> str:
        """Our Series Instance UID for the package's (de-identified) one."""
        if package_uid not in self._to_local:
            with self.db.reading() as session:
                original = session.scalar(
                    select(ExchangeUidMapping.original_uid)
                    .join(ExchangePackage, ExchangePackage.id == ExchangeUidMapping.package_id)
                    .where(
                        ExchangeUidMapping.replacement_uid == package_uid,
                        ExchangePackage.direction == EXPORT,
                    )
                    .limit(1)
                )
            self._to_local[package_uid] = original or package_uid
        return self._to_local[package_uid]

    def package_series_uid(self, local_uid: str) -> str:
        """The package's (de-identified) Series Instance UID for one of our series.

        Replacement UIDs are derived from this installation's secret, so every export of a
        series gives it the same one.
        """
        if local_uid not in self._to_package:
            with self.db.reading() as session:
                replacement = session.scalar(
                    select(ExchangeUidMapping.replacement_uid)
                    .join(ExchangePackage, ExchangePackage.id == ExchangeUidMapping.package_id)
                    .where(
                        ExchangeUidMapping.original_uid == local_uid,
                        ExchangePackage.direction == EXPORT,
                    )
                    .order_by(ExchangePackage.package_uid != self.package_id)
                    .limit(1)
                )
            self._to_package[local_uid] = replacement or local_uid
        return self._to_package[local_uid]

    def holds_series(self, package_uid: str) -> bool:
        """Whether the series the package names is in our index."""
        if package_uid not in self._held:
            local = self.local_series_uid(package_uid)
            with self.db.reading() as session:
                found = session.scalar(
                    select(Series.id).where(Series.series_instance_uid == local).limit(1)
                )
            self._held[package_uid] = found is not None
        return self._held[package_uid]

    def local_key_image(self, key: str) -> str | None:
        """Our key image's UUID for the UUID it travelled under (``None``: we do not hold it)."""
        if self.case_id is None:
            return None
        with self.db.reading() as session:
            row = session.scalar(
                select(KeyImageRow.uuid)
                .where(
                    KeyImageRow.case_id == self.case_id,
                    KeyImageRow.deleted_at.is_(None),
                    or_(KeyImageRow.uuid == key, KeyImageRow.origin_uuid == key),
                )
                .limit(1)
            )
        return row

    def package_key_image(self, local_uuid: str) -> str:
        """The UUID one of our key images travels under (its sender's UUID if received)."""
        with self.db.reading() as session:
            origin = session.scalar(
                select(KeyImageRow.origin_uuid).where(KeyImageRow.uuid == local_uuid).limit(1)
            )
        return origin or local_uuid


def bind_package(db: Database, package_id: str) -> PackageBinding:
    """The binding of a package this workstation exported or imported.

    Raises
    ------
    PackageNotHeldError
        If the package was never exported from or imported into this workstation.
    """
    with db.reading() as session:
        rows = session.execute(
            select(ExchangePackage.direction, ExchangePackage.case_id)
            .where(ExchangePackage.package_uid == package_id)
            .order_by(ExchangePackage.direction == EXPORT)
        ).all()
    if not rows:
        raise PackageNotHeldError(
            Message(
                "This session shows a case package this workstation has not received "
                "(package {package}). Import the package the presenting hospital sent "
                "(File → Import case package…), then join again. Nothing was changed.",
                package=package_id,
            )
        )
    direction, case_id = rows[-1]  # an export of ours first, else the import
    return PackageBinding(db, package_id, case_id, direction == EXPORT)


def bind_packages(db: Database, package_ids: Iterable[str]) -> dict[str, PackageBinding]:
    """Bindings of every package of a session (see :func:`bind_package`).

    Raises
    ------
    PackageNotHeldError
        If any of them is not held here (before anything is joined or changed).
    """
    return {package: bind_package(db, package) for package in package_ids}


def case_packages(db: Database, case_id: int) -> list[str]:
    """The packages exported from or imported into a case, the most recent first."""
    with db.reading() as session:
        rows = session.scalars(
            select(ExchangePackage.package_uid)
            .where(ExchangePackage.case_id == case_id)
            .order_by(ExchangePackage.recorded_at.desc(), ExchangePackage.id.desc())
        ).all()
    return list(dict.fromkeys(rows))


def holdings_check(
    bindings: Mapping[str, PackageBinding],
) -> Callable[[FacetValue], JointError | None]:
    """A check for :class:`~casereview.joint.state.SessionModel`: a series or key image the
    session shows must be on this workstation, else it is reported and not shown."""

    def check(value: FacetValue) -> JointError | None:
        binding = bindings.get(package_of(value) or "")
        if binding is None:
            return None
        if isinstance(value, SeriesState):
            wanted = [uid for uid in (value.primary, value.comparison) if uid]
            if not all(binding.holds_series(uid) for uid in wanted):
                return PackageNotHeldError(
                    Message(
                        "The presenter shows a series that is not on this workstation (it was "
                        "not in the case package you received). Ask the presenter to send the "
                        "package again; your view stays as it is."
                    )
                )
        if isinstance(value, AgendaState) and value.key_image:
            if binding.local_key_image(value.key_image) is None:
                return PackageNotHeldError(
                    Message(
                        "The presenter shows a key image this workstation does not hold (it "
                        "was flagged after the package was sent). Your view stays as it is."
                    )
                )
        return None

    return check
