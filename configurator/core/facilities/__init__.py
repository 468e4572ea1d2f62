"""Facilities: fab labs and workshops that can make a product, where they are, and what they have.

Public API::

    from configurator.core.facilities import FacilityStore, PartRequirement, match_facilities
    from configurator.core.facilities import resolve_user_location

    with FacilityStore() as store:                      # <user data dir>/fabwise.db
        here = resolve_user_location("Lyon, FR")
        report = match_facilities(
            store.search(placed_only=True),
            [PartRequirement("laser", "birch_plywood", (300, 200, 6), thickness_mm=6, name="side")],
            origin=(here.lat, here.lon),
        )

Modules: ``model`` (dataclasses and checks), ``codec`` (dicts/JSON), ``gazetteer`` and
``geocode`` (offline GeoNames places), ``database`` and ``migrations`` (SQLite file, schema
versions), ``seed`` (shipped facilities, attribution), ``store`` (CRUD), ``okw_io`` /
``okw_source`` / ``csv_io`` / ``fileio`` (files), ``matching`` (capability and ranking),
``text`` (descriptions, machine specs typed by people). Nothing here imports Qt.
"""

from configurator.core.facilities.codec import (
    InvalidFacility,
    check_facility,
    facility_from_dict,
    facility_to_dict,
)
from configurator.core.facilities.csv_io import export_csv, import_csv
from configurator.core.facilities.geocode import ResolvedLocation, resolve_user_location
from configurator.core.facilities.matching import (
    FacilityMatch,
    MatchReport,
    PartRequirement,
    assess_facility,
    match_facilities,
)
from configurator.core.facilities.model import (
    PROCESSES,
    SHEET_PROCESSES,
    Electricity,
    Facility,
    HourlyRate,
    Location,
    Machine,
    Source,
)
from configurator.core.facilities.okw_io import export_okw, import_okw
from configurator.core.facilities.seed import ATTRIBUTION as FACILITY_DATA_ATTRIBUTION
from configurator.core.facilities.store import FacilityNotFound, FacilityStore, ImportSummary
from configurator.core.storage.database import default_db_path, open_database
from configurator.core.storage.migrations import MIGRATIONS, Migration

__all__ = [
    "FACILITY_DATA_ATTRIBUTION",
    "MIGRATIONS",
    "PROCESSES",
    "SHEET_PROCESSES",
    "Electricity",
    "Facility",
    "FacilityMatch",
    "FacilityNotFound",
    "FacilityStore",
    "HourlyRate",
    "ImportSummary",
    "InvalidFacility",
    "Location",
    "Machine",
    "MatchReport",
    "Migration",
    "PartRequirement",
    "ResolvedLocation",
    "Source",
    "assess_facility",
    "check_facility",
    "default_db_path",
    "export_csv",
    "export_okw",
    "facility_from_dict",
    "facility_to_dict",
    "import_csv",
    "import_okw",
    "match_facilities",
    "open_database",
    "resolve_user_location",
]
