"""Open Know-Where JSON import/export: schema validation, round trips, plain OKW and IoP lists."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator

from configurator.core.facilities.okw_io import (
    export_okw,
    facilities_to_okw,
    import_okw,
    okw_schema_path,
    okw_to_facilities,
)
from configurator.core.facilities.store import FacilityStore
from configurator.sdk.errors import FabwiseError

from .conftest import LASER, PRINTER, make_facility


def _plain_document() -> dict[str, Any]:
    """An OKW document as another tool would write it: no Fabwise extension."""
    return {
        "DatabaseSourceMetadata": [
            {
                "source_id": 7,
                "name": "Maker map",
                "license": "CC BY 4.0",
                "source_url": "https://example.org/map",
            }
        ],
        "Address": [
            {
                "address_id": 1,
                "street": "1 Quai",
                "locality": "Nantes",
                "country": "France",
                "latitude": 47.2,
                "longitude": -1.55,
            },
            {"address_id": 2, "locality": "Lyon", "region": "Rhône", "country": "FR"},
        ],
        "Contact": [{"contact_id": 1, "website": "https://example.org/quai"}],
        "DistributedResource": [
            {"resource_id": 10, "address_id": 1, "contact_id": 1, "verification": True, "source_id": 7},
            {"resource_id": 11, "address_id": 2},
        ],
        "ManufacturingFacility": [
            {"facility_id": 1, "resource_id": 10, "name": "Quai Lab", "type": "makerspace"},
            {"facility_id": 2, "resource_id": 11, "name": "Atelier Rhône"},
        ],
        "ManufacturingEquipment": [
            {
                "equipment_id": 1,
                "resource_id": 10,
                "type": "Laser cutter",
                "brand": "Epilog",
                "model": "Helix",
            },
            {"equipment_id": 2, "resource_id": 10, "type": "3D printer"},
            {"equipment_id": 3, "resource_id": 10, "type": "Vinyl cutter", "model": "GS-24"},
        ],
    }


def test_export_is_valid_okw_v1_for_an_independent_validator(store: FacilityStore) -> None:
    document = facilities_to_okw(store.search(kind="example"))
    schema = json.loads(okw_schema_path().read_text(encoding="utf-8"))
    for table, records in document.items():
        if table in schema["definitions"]:
            validator = Draft7Validator(schema["definitions"][table])
            for record in records:
                assert not list(validator.iter_errors(record)), (table, record)
    assert len(document["ManufacturingFacility"]) == 5
    assert "CC0-1.0" in document["DatabaseSourceMetadata"][0]["license"]


def test_round_trip_through_a_file(tmp_path: Path, store: FacilityStore) -> None:
    facilities = [
        *store.search(kind="example"),
        *store.search(kind="fablab_okw", limit=3),
        make_facility(machines=(LASER, PRINTER)),
        make_facility("user-nowhere", lat=None, lon=None, url=""),
    ]
    path = tmp_path / "out.json"
    assert export_okw(facilities, path) == len(facilities)
    assert import_okw(path) == facilities


def test_plain_okw_is_read_from_the_okw_fields(tmp_path: Path) -> None:
    facilities = okw_to_facilities(_plain_document())
    quai, rhone = facilities
    assert quai.name == "Quai Lab" and quai.kind == "user"
    assert quai.id.startswith("user-quai-lab-")
    assert (quai.location.country, quai.location.precision) == ("FR", "exact")
    assert quai.url == "https://example.org/quai"
    assert [m.process for m in quai.machines] == ["laser", "fdm"]
    assert quai.machines[0].name == "Epilog Helix" and quai.machines[0].envelope_mm is None
    assert quai.other_equipment == ("Vinyl cutter GS-24",)
    assert quai.inventory_verified is True
    assert quai.source is not None and quai.source.licence == "CC BY 4.0"
    assert rhone.location.precision == "city" and rhone.location.lat is not None
    assert okw_to_facilities(_plain_document())[0].id == quai.id  # stable ids on re-import


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            lambda d: d["ManufacturingFacility"][1].update(name=5),
            "ManufacturingFacility[1].name: 5 is not of type 'string'",
        ),
        (
            lambda d: d["Address"][0].update(latitude="north"),
            "Address[0].latitude: 'north' is not of type 'number'",
        ),
        (
            lambda d: d["ManufacturingFacility"][0].update(resource_id=99),
            "ManufacturingFacility[0] ('Quai Lab').resource_id: 99 matches no DistributedResource",
        ),
        (
            lambda d: d["Address"][1].update(country="Narnia"),
            "ManufacturingFacility[1] ('Atelier Rhône'): Address.country: unknown country 'Narnia'",
        ),
    ],
)
def test_import_errors_name_the_record_and_field(mutate: Any, expected: str) -> None:
    document = _plain_document()
    mutate(document)
    with pytest.raises(FabwiseError) as caught:
        okw_to_facilities(document, where="f.json")
    assert expected in caught.value.message


def test_not_an_okw_document(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(FabwiseError, match="no OKW records"):
        import_okw(path)
    path.write_text("{broken", encoding="utf-8")
    with pytest.raises(FabwiseError, match="not valid JSON"):
        import_okw(path)


def test_iop_facility_list_is_imported_without_machines(tmp_path: Path) -> None:
    entries = [
        {
            "facility": {
                "name": "PiNG",
                "url": "https://www.fablabs.io/labs/ping",
                "description": "fablab",
                "facility_id": "686c45f0",
            },
            "region": {"country": "FR", "state_region": "Pays de la Loire", "city_town": "Nantes"},
            "address": None,
            "geocoding": {"latitude": 47.218371, "longitude": -1.553621},
        },
        {
            "facility": {"name": "Al Jazri Lab", "facility_id": "ecaa1c10"},
            "region": {"country": "AE", "state_region": "Sharjah", "city_town": ""},
            "address": {"zip_code": "", "extended": "House of Wisdom"},
            "geocoding": None,
        },
    ]
    path = tmp_path / "iop.json"
    path.write_text(json.dumps(entries), encoding="utf-8")
    ping, jazri = import_okw(path)
    assert ping.location.precision == "exact" and ping.machines == ()
    assert ping.source is not None and ping.source.licence == "CC BY 4.0"
    assert jazri.location.precision == "region"
    assert jazri.location.address == "House of Wisdom"
