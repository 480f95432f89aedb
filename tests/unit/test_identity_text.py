"""The identity model and the text scrubber: every form staff write goes, every other word stays."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casereview.domain.identity_text import IdentityForms, Placeholder, TextScrubber

WANG = IdentityForms(
    names=("Wang^Li=王^丽=",),
    ids=("ZJ0012345", "ACC20261103"),
    birth_dates=(datetime.date(1958, 3, 12),),
    phones=("+86 571 8888 1234",),
    addresses=("12 Jade Road, Xihu District, Hangzhou",),
)
ROSS = IdentityForms(names=("Ross^Al",), ids=("PX7781",), birth_dates=(datetime.date(1961, 7, 4),))
LI_BO = IdentityForms(names=("Li^Bo",), birth_dates=(datetime.date(1970, 1, 5),))

#: Every way staff write 1958-03-12.
WANG_BIRTH_DATES = (
    "19580312",
    "1958-03-12",
    "1958-3-12",
    "12/03/1958",
    "12/3/1958",
    "03/12/1958",
    "3/12/1958",
    "12.03.1958",
    "12.3.1958",
    "1958/3/12",
    "1958/03/12",
    "1958.03.12",
    "1958 03 12",
    "1958 3 12",
    "12 03 1958",
    "1958年3月12日",
    "1958年03月12日",
    "1958 年 3 月 12 日",
    "１９５８年３月１２日",
    "12 March 1958",
    "12th March 1958",
    "March 12, 1958",
    "12 Mar 1958",
    "12-Mar-1958",
    "12 mars 1958",
    "12 MARS 1958",
    "12/03/58",
    "12031958",
)

#: Every way staff write Wang Li's name.
WANG_NAMES = (
    "Wang Li",
    "Li Wang",
    "WANG^LI",
    "wang, li",
    "Wang-Li",
    "WangLi",
    "王丽",
    "丽王",
    "王 丽",
    "王^丽",
    "Wang",
    "WANG",
)


@pytest.mark.parametrize("written", WANG_BIRTH_DATES)
def test_every_birth_date_format_is_replaced(written: str) -> None:
    review = TextScrubber(WANG).review(f"Born {written}, admitted for biopsy.")
    assert review.text == f"Born {Placeholder.BIRTH_DATE}, admitted for biopsy."
    assert review.replaced == 1


@pytest.mark.parametrize("written", WANG_NAMES)
def test_every_name_form_is_replaced(written: str) -> None:
    review = TextScrubber(WANG).review(f"Discussed {written} today")
    assert review.text == f"Discussed {Placeholder.PATIENT} today"


def test_title_stays_and_name_goes() -> None:
    assert TextScrubber(WANG).clean("Mrs Wang tolerated it") == "Mrs [patient] tolerated it"


def test_names_in_chinese_text_and_file_names() -> None:
    scrubber = TextScrubber(WANG)
    assert scrubber.clean("患者王丽术后恢复良好") == "患者[patient]术后恢复良好"
    assert scrubber.clean("患者Wang Li术后") == "患者[patient]术后"
    assert scrubber.clean("Wang_Li_CT.pdf") == "[patient]_CT.pdf"


def test_lone_one_character_cjk_name_part_is_flagged_not_replaced() -> None:
    review = TextScrubber(WANG).review("王主任 reviewed; 丽 agreed")
    assert review.text == "王主任 reviewed; 丽 agreed"
    assert review.replaced == 0
    assert review.unsure == ("王", "丽")


def test_two_character_cjk_name_parts_are_replaced_alone() -> None:
    forms = IdentityForms(names=("Chen^Xiaoli=陈^小丽",))
    scrubber = TextScrubber(forms)
    assert scrubber.clean("小丽今日出院") == "[patient]今日出院"
    assert scrubber.clean("陈小丽, 小丽陈") == "[patient]"
    assert scrubber.review("陈医生").unsure == ("陈",)


def test_phonetic_group_and_other_names() -> None:
    forms = IdentityForms(names=("Yamada^Taro=山田^太郎=やまだ^たろう", "Suzuki^Hanako"))
    scrubber = TextScrubber(forms)
    assert scrubber.clean("やまだ たろう さん") == "[patient] さん"
    assert scrubber.clean("山田太郎") == "[patient]"
    assert scrubber.clean("née Suzuki") == "née [patient]"


@pytest.mark.parametrize(
    "text",
    [
        "Tumour across the liver; resection planned.",
        "Rossi and Rossetti agreed; Rossmoor is far.",
        "Across segments, also the alveolar ridge; Albumin low.",
        "Delivery via the lingual route; live donor.",
        "Bolus given; Bob from billing; bone scan.",
    ],
)
def test_clinical_words_survive_for_short_latin_names(text: str) -> None:
    for forms in (ROSS, LI_BO, WANG):
        review = TextScrubber(forms).review(text)
        assert review.text == text
        assert review.replaced == 0


def test_short_latin_names_go_as_whole_words() -> None:
    assert TextScrubber(ROSS).clean("Mr Ross and Al Ross; ROSS, AL") == (
        "Mr [patient] and [patient]; [patient]"
    )
    assert TextScrubber(LI_BO).clean("Li said Bo was fine") == "[patient] said [patient] was fine"
    assert TextScrubber(LI_BO).clean("Li Bo, liver ok") == "[patient], liver ok"


def test_short_name_parts_in_hyphenated_terms_are_flagged_not_replaced() -> None:
    review = TextScrubber(LI_BO).review("LI-RADS 4 lesion, PI-RADS 2; Li agreed")
    assert review.text == "LI-RADS 4 lesion, PI-RADS 2; [patient] agreed"
    assert review.unsure == ("LI",)
    assert TextScrubber(WANG).clean("the Wang-family doctor") == "the [patient]-family doctor"


def test_accents_and_case_do_not_hide_a_name() -> None:
    forms = IdentityForms(names=("Müller^Zoë",))
    scrubber = TextScrubber(forms)
    assert scrubber.clean("MULLER zoe") == "[patient]"
    assert scrubber.clean("Zoë Müller") == "[patient]"
    decomposed = "Mu\u0308ller"
    assert scrubber.clean(f"seen by {decomposed}.") == "seen by [patient]."


def test_ids_with_and_without_separators() -> None:
    scrubber = TextScrubber(WANG)
    assert scrubber.clean("MRN ZJ0012345.") == "MRN [ID]."
    assert scrubber.clean("mrn zj-0012345") == "mrn [ID]"
    assert scrubber.clean("Acc ACC20261103") == "Acc [ID]"
    assert scrubber.clean("ZJ00123456 is another") == "ZJ00123456 is another"


def test_id_shaped_numbers_that_are_not_the_patients_are_flagged() -> None:
    review = TextScrubber(WANG).review("Ref 88120345 and XY123456, 12 mm, T2, L4, 2026")
    assert review.replaced == 0
    assert review.unsure == ("88120345", "XY123456")


def test_uuids_are_not_flagged() -> None:
    review = TextScrubber(WANG).review("item 550e8400-e29b-41d4-a716-446655440000 moved")
    assert review.unsure == ()


def test_uids_are_not_flagged_or_cut() -> None:
    text = "2.25.195803121234567 and 1.2.840.10008.5.1.4.1.1.2"
    assert TextScrubber(WANG).review(text) == TextScrubber(WANG).review(text)
    review = TextScrubber(WANG).review(text)
    assert review.text == text
    assert review.unsure == ()


def test_short_ids_are_flagged_not_replaced() -> None:
    review = TextScrubber(IdentityForms(ids=("77",))).review("Bed 77, 77 mm")
    assert review.text == "Bed 77, 77 mm"
    assert review.unsure == ("77",)


@pytest.mark.parametrize(
    "written", ["+86 571 8888 1234", "0086-571-88881234", "0571 8888 1234", "8888-1234"]
)
def test_phone_numbers(written: str) -> None:
    assert TextScrubber(WANG).clean(f"call {written} today") == "call [phone] today"


def test_addresses_whole_and_street_part() -> None:
    scrubber = TextScrubber(WANG)
    assert scrubber.clean("lives at 12 Jade Road, Xihu District, Hangzhou.") == (
        "lives at [address]."
    )
    assert scrubber.clean("lives at 12 jade road") == "lives at [address]"
    assert scrubber.clean("referred from Hangzhou") == "referred from Hangzhou"


def test_user_additions_are_whole_words() -> None:
    scrubber = TextScrubber(IdentityForms(extra=("Jade Garden", "Tan")))
    assert (
        scrubber.clean("works at Jade Garden; Tan family") == "works at [removed]; [removed] family"
    )
    assert scrubber.clean("tangent, Tanzania") == "tangent, Tanzania"


def test_merged_keeps_every_form_once() -> None:
    more = IdentityForms(names=("Wang^Li=王^丽=", "Zhang^Li"), extra=("Xixi",))
    merged = WANG.merged(more)
    assert merged.names == ("Wang^Li=王^丽=", "Zhang^Li")
    assert merged.ids == WANG.ids
    assert merged.extra == ("Xixi",)
    assert merged.birth_dates == WANG.birth_dates
    assert not merged.is_empty()
    assert IdentityForms().is_empty()


def test_empty_forms_change_nothing() -> None:
    review = TextScrubber(IdentityForms()).review("Wang Li born 1958-03-12")
    assert review.text == "Wang Li born 1958-03-12"
    assert review.replaced == 0


def test_other_dates_survive() -> None:
    text = "Seen 2026-11-03, scan 12/03/2026, follow-up 1958 m, dose 12.3 mg, 3/12 nodes"
    assert TextScrubber(WANG).clean(text) == text


CLINICAL_WORDS = (
    "across",
    "planned",
    "liver",
    "Rossi",
    "lingual",
    "alveolar",
    "bolus",
    "resection",
    "margin",
    "hepatic",
    "lesion",
    "segment",
    "肝",
    "肿瘤",
    "切除",
    "术后",
    "12",
    "mm",
    "CT",
    "T2",
    "2026-11-03",
)


@settings(derandomize=True, max_examples=200)
@given(st.lists(st.sampled_from(CLINICAL_WORDS), min_size=1, max_size=12), st.sampled_from(" ,;\n"))
def test_clinical_text_is_never_changed(words: list[str], separator: str) -> None:
    text = separator.join(words)
    for forms in (WANG, ROSS, LI_BO):
        review = TextScrubber(forms).review(text)
        assert review.text == text
        assert review.replaced == 0


@settings(derandomize=True, max_examples=200)
@given(
    st.lists(st.sampled_from(CLINICAL_WORDS), min_size=1, max_size=6),
    st.sampled_from(WANG_NAMES + WANG_BIRTH_DATES + ("ZJ0012345", "0571 8888 1234")),
    st.integers(min_value=0, max_value=6),
)
def test_planted_identity_never_survives(words: list[str], planted: str, position: int) -> None:
    words.insert(min(position, len(words)), planted)
    text = " ".join(words)
    cleaned = TextScrubber(WANG).clean(text)
    assert planted not in cleaned
    for clinical in words:
        if clinical != planted:
            assert clinical in cleaned
    # Scrubbing twice changes nothing more.
    assert TextScrubber(WANG).clean(cleaned) == cleaned


@settings(derandomize=True, max_examples=300)
@given(st.text(max_size=40), st.text(max_size=40))
def test_a_full_name_goes_whatever_surrounds_it(before: str, after: str) -> None:
    # Any text around it (accents, combining marks, other scripts, digits): the full name,
    # standing apart, is replaced.
    text = f"{before} Wang Li {after}"
    cleaned = TextScrubber(WANG).clean(text)
    assert "Wang Li" not in cleaned
    assert "[patient]" in cleaned
