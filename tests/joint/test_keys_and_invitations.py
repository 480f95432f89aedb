"""Session keys and names, sealed messages, key cards, invitations and one-time codes."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from casereview.domain.packages import TrustedKey
from casereview.joint.crypto import (
    SequenceClock,
    SessionSecrets,
    new_session_id,
    new_session_key,
    normalise_code,
)
from casereview.joint.errors import (
    InvitationError,
    PartnerKeyError,
    ProtocolVersionError,
    WrongKeyError,
)
from casereview.joint.invitation import (
    SessionCredentials,
    code_slot,
    make_invitation,
    open_code_slot,
    open_invitation,
    slot_name,
)
from casereview.joint.keys import (
    load_or_create_agreement_key,
    own_card,
    partner_keys,
    trust_card,
)
from casereview.services.signing import load_or_create_signing_key

PACKAGE = "5f1c2a6e-2b7d-4a8e-9c4b-3d2e1f0a9b87"


def trusted(keys_dir: Path, institution: str) -> TrustedKey:
    return TrustedKey(institution, load_or_create_signing_key(keys_dir).public_key_b64)


def test_names_are_random_and_payloads_bound_to_their_place() -> None:
    session_id, key = new_session_id(), new_session_key()
    secrets = SessionSecrets(session_id, key)
    other = SessionSecrets(session_id, new_session_key())
    assert secrets.bucket != other.bucket and secrets.channel("window") != other.channel("window")
    assert PACKAGE not in secrets.bucket + secrets.pointer_subject
    sealed = secrets.seal(b"\x01" * 8, 42, secrets.channel("window"), b"plain")
    assert secrets.open(secrets.channel("window"), sealed) == (b"\x01" * 8, 42, b"plain")
    with pytest.raises(WrongKeyError):  # moved to another facet
        secrets.open(secrets.channel("crosshair"), sealed)
    with pytest.raises(WrongKeyError):  # another session's key
        other.open(other.channel("window"), sealed)
    tampered = sealed[:9] + (43).to_bytes(8, "big") + sealed[17:]  # another sequence number
    with pytest.raises(WrongKeyError):
        secrets.open(secrets.channel("window"), tampered)
    with pytest.raises(ProtocolVersionError):
        secrets.open(secrets.channel("window"), b"\x02" + sealed[1:])


def test_sequence_numbers_only_grow() -> None:
    clock = SequenceClock()
    numbers = [clock.next() for _ in range(1000)]
    assert numbers == sorted(set(numbers))


def test_codes_are_typed_forgivingly() -> None:
    assert normalise_code(" 7kx2m q9t4b ") == "7KX2M-Q9T4B"
    assert normalise_code("ILO00-11111") == "11000-11111"
    with pytest.raises(InvitationError):
        normalise_code("7KX2M-Q9T4")


def test_key_cards_are_accepted_only_from_trusted_signing_keys(tmp_path: Path) -> None:
    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    card = own_card(theirs, "Claimed Name")
    with pytest.raises(PartnerKeyError):
        trust_card(ours, card.text(), [])
    partner = trust_card(ours, card.text(), [trusted(theirs, "Hôpital B")])
    assert partner.institution == "Hôpital B"  # our trusted record's name, not the claim
    assert [p.institution for p in partner_keys(ours, [trusted(theirs, "Hôpital B")])] == [
        "Hôpital B"
    ]
    assert partner_keys(ours, []) == []  # trust withdrawn: no longer invitable
    altered = card.text()[:-6] + ("A" if card.text()[-6] != "A" else "B") + card.text()[-5:]
    with pytest.raises(PartnerKeyError):
        trust_card(ours, altered, [trusted(theirs, "Hôpital B")])


def test_an_invitation_opens_for_the_invited_only(tmp_path: Path) -> None:
    presenter, b, c, d = (tmp_path / name for name in "abcd")
    trusted_by_presenter = [trusted(b, "B"), trusted(c, "C")]
    for site in (b, c):
        trust_card(presenter, own_card(site, "").text(), trusted_by_presenter)
    credentials = SessionCredentials(
        new_session_id(), new_session_key(), (PACKAGE,), "nats://relay:4222", "A"
    )
    invitation = make_invitation(
        credentials,
        load_or_create_signing_key(presenter),
        "A",
        partner_keys(presenter, trusted_by_presenter),
    )
    for site in (b, c):
        opened = open_invitation(
            invitation, load_or_create_agreement_key(site), [trusted(presenter, "Hospital A")]
        )
        assert opened.key == credentials.key and opened.packages == (PACKAGE,)
        assert opened.presenter_institution == "Hospital A"
    with pytest.raises(InvitationError):  # not invited
        open_invitation(invitation, load_or_create_agreement_key(d), [trusted(presenter, "A")])
    with pytest.raises(InvitationError):  # from an institution d does not trust
        open_invitation(invitation, load_or_create_agreement_key(b), [])
    body = invitation.removeprefix("casereview-invite:")
    raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)).replace(
        b"nats://relay:4222", b"nats://evil0:4222"
    )
    forged = "casereview-invite:" + base64.urlsafe_b64encode(raw).decode().rstrip("=")
    with pytest.raises(InvitationError):  # altered: the signature fails
        open_invitation(forged, load_or_create_agreement_key(b), [trusted(presenter, "A")])


def test_a_code_slot_opens_only_with_its_code_and_session() -> None:
    credentials = SessionCredentials(new_session_id(), new_session_key(), (PACKAGE,))
    code = "7KX2M-Q9T4B"
    slot, sealed = code_slot(credentials, code)
    name, secret = slot_name("7kx2m q9t4b", credentials.session_id)
    assert name == slot
    opened = open_code_slot(sealed, secret, credentials.session_id, "nats://x:1")
    assert opened.key == credentials.key and opened.packages == (PACKAGE,)
    wrong_name, wrong_secret = slot_name("7KX2M-Q9T4C", credentials.session_id)
    assert wrong_name != slot
    with pytest.raises(WrongKeyError):
        open_code_slot(sealed, wrong_secret, credentials.session_id, "nats://x:1")
