#!/usr/bin/env python3
"""Writes scenarios/england-wales.yaml from the Cambridgeshire baseline and scenarios/data/england-wales-forces.csv.

The national scenario is generated, not hand-edited, so that every force's numbers follow one documented rule
(docs/sources.md, "England and Wales"). The baseline's settings become `force_template` and `control_room_template`;
each force writes only what its public figures change. Run from the repository root:

    python3 scripts/england-wales-scenario.py && forcesim validate scenarios/england-wales.yaml
"""
import csv
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "scenarios" / "cambridgeshire-2022.yaml"
FIGURES = ROOT / "scenarios" / "data" / "england-wales-forces.csv"
OUTPUT = ROOT / "scenarios" / "england-wales.yaml"

# The calibrated baseline's sizing, per Cambridgeshire (checked against the baseline text below).
BASE = {
    "population": 894524, "emergency": 135000, "non_emergency": 295000, "online": 35000,
    "handlers": (17, 19, 10), "units": (33, 36, 28), "investigators": 255, "supervisors": 28,
    "other_work": (22, 1.5, 12, 2), "density": 894524 / 3389, "urban_share": 0.6, "urban_area_share": 0.08,
    "handlers_reserved": 2, "units_reserved": 6, "appointments_per_hour": 6,
}
OTHER_WORK = [
    ("arrest_and_custody", "{dist: lognormal, mean: 240, sd: 150}"),
    ("mental_health_detention", "{dist: lognormal, mean: 420, sd: 240}"),
    ("missing_person_enquiry", "{dist: lognormal, mean: 150, sd: 100}"),
    ("scene_guard", "{dist: lognormal, mean: 480, sd: 300}"),
]
SHIFTS = [("early", 7), ("late", 14), ("night", 22)]
# The City of London's demand follows its working population, not its 8,600 residents (docs/sources.md).
CITY_WORKERS = 550000
CITY_WORK_SHARE = 40 / 168


def half_up(x):
    return int(math.floor(x + 0.5))


def block(lines, start_pattern, indent):
    """The lines from the one matching start_pattern up to the next key at the same indent (or less)."""
    start = next(i for i, line in enumerate(lines) if re.match(start_pattern, line))
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end].startswith(" " * (indent + 1)) or lines[end].lstrip().startswith("#")):
        end += 1
    while not lines[end - 1].strip():
        end -= 1
    return lines[start:end]


def without(lines, patterns):
    """lines without the block starting at each pattern (a key and its indented children)."""
    out, skip_indent = [], None
    for line in lines:
        indent = len(line) - len(line.lstrip())
        if skip_indent is not None and line.strip() and indent > skip_indent:
            continue
        skip_indent = None
        if any(re.match(p, line) for p in patterns):
            skip_indent = indent
            continue
        out.append(line)
    return out


def dedent(lines, by):
    return [line[by:] if line.startswith(" " * by) else line for line in lines]


def templates(baseline_text):
    lines = baseline_text.splitlines()
    for expected in ["staff: 17}", "staff: 19}", "staff: 10}", "units: 33}", "units: 36}", "units: 28}",
                     "emergency: 135000", "non_emergency: 295000", "online: 35000", "investigators: 255", "supervisors: 28",
                     "per_day: 22,", "per_day: 1.5,", "per_day: 12,", "per_day: 2,", "area_km2: 3389",
                     "reserved_for_emergency: 2 ", "reserved_for_emergency: 6 ", "appointments: {per_hour: 6,"]:
        if expected not in baseline_text:
            sys.exit(f"the baseline no longer holds '{expected}': update BASE in {__file__}")
    room = block(lines, r"^    call_handlers:", 4) + block(lines, r"^    channels:", 4) + block(lines, r"^    triage:", 4)
    room = without(room, [r"^      shifts:"])
    room = [line for line in room if not re.search(r"Calibrated roster|a day, about 102|staff, dispatchers and", line)]
    force = []
    for key in ["demand", "incident_types", "grades", "response", "travel", "recording", "investigation", "victims"]:
        force += block(lines, rf"^    {key}:", 4) + [""]
    force = without(force, [r"^      annual_volume:", r"^      shifts:", r"^      other_work:", r"^      area_km2:",
                            r"^      urban_share:", r"^      urban_area_share:", r"^      investigators:", r"^      supervisors:"])
    force = [line for line in force if not re.search(r"Calibrated \(see scenarios|response-officer FTE \(some|time goes on the other work", line)]
    force = force[:-1] + ["      cross_border_share: 0.1     # assumed, as in eastern-region.yaml: 1 in 10 repeat victimisations over a border",
                          "    # Mutual aid within the force's region (its neighbours); the format's default thresholds, assumed.",
                          "    mutual_aid: {request_when_waiting: 5, lend_when_free: 4, units: 2, hours: 4, extra_travel_minutes: 15}"]
    costs = block(lines, r"^costs:", 0)
    return dedent(room, 2), dedent(force, 2), costs


# Response rosters raised where the officer-scaled one could not keep up with the force's demand (docs/sources.md,
# "England and Wales", model-stability adjustments): over four simulated years these forces' units were busy 96-105%
# of the time and the queue of scheduled incidents grew without end, which no real force sustains. Each factor brings
# unit utilisation to 0.82-0.84 (Cambridgeshire's is 0.83), as Suffolk's extra units did in the eastern region.
RESPONSE_UPLIFT = {"hampshire": 1.2, "lincolnshire": 1.25, "staffordshire": 1.15, "wiltshire": 1.25}


def sizing(row):
    population = float(row["population"])
    officers = float(row["officers_fte"])
    base_officers = BASE["officers"]
    demand_population = population
    if row["id"] == "city_of_london":
        demand_population = population + CITY_WORKERS * CITY_WORK_SHARE
    d = demand_population / BASE["population"]
    o = officers / base_officers
    uplift = RESPONSE_UPLIFT.get(row["id"], 1.0)
    area = float(row["area_km2"])
    density = population / area if row["id"] != "city_of_london" else demand_population / area
    if row["id"] == "cambridgeshire":
        urban_share, urban_area_share = BASE["urban_share"], BASE["urban_area_share"]
    else:
        urban_share = min(0.98, max(0.4, BASE["urban_share"] + 0.15 * math.log(density / BASE["density"])))
        urban_area_share = min(0.9, max(0.02, BASE["urban_area_share"] * density / BASE["density"]))
    emergency = float(row["emergency_calls"]) if row.get("emergency_calls") else BASE["emergency"] * d
    return {
        "d": d, "o": o,
        "emergency": half_up(emergency),
        "non_emergency": half_up(BASE["non_emergency"] * d),
        "online": half_up(BASE["online"] * d),
        "handlers": [max(1, half_up(h * d)) for h in BASE["handlers"]],
        "units": [max(1, half_up(u * o * uplift)) for u in BASE["units"]],
        "other_work": [round(w * d, 1) if round(w * d, 1) != int(round(w * d, 1)) else int(round(w * d, 1)) for w in BASE["other_work"]],
        # Capacities held back or booked scale like what they serve: a diary of 6 appointments an hour and 6 units kept
        # for emergencies fit Cambridgeshire, but the Met would book months ahead and the City would keep every unit back.
        "handlers_reserved": half_up(BASE["handlers_reserved"] * d),
        "units_reserved": half_up(BASE["units_reserved"] * o * uplift),
        "appointments_per_hour": max(1, half_up(BASE["appointments_per_hour"] * d)),
        "investigators": max(1, half_up(BASE["investigators"] * o)),
        "supervisors": max(1, half_up(BASE["supervisors"] * o)),
        "area": area if area != int(area) else int(area),
        "urban_share": round(urban_share, 2),
        "urban_area_share": round(urban_area_share, 3),
    }


def force_lines(row, size, neighbours):
    fid = row["id"]
    lines = [f"  - id: {fid}", f"    name: {row['name']}", f"    region: {row['region']}", f"    control_room: {fid}_fcr",
             f"    neighbours: [{', '.join(neighbours)}]   # the other forces of its region",
             "    demand:",
             f"      annual_volume: {{emergency: {size['emergency']}, non_emergency: {size['non_emergency']}, online: {size['online']}}}",
             "    response:",
             "      shifts:"]
    lines += [f"        - {{name: {name}, start_hour: {start}, hours: 10, units: {units}}}" for (name, start), units in zip(SHIFTS, size["units"])]
    lines.append("      other_work:")
    lines += [f"        - {{name: {name}, per_day: {per_day}, minutes: {minutes}}}" for (name, minutes), per_day in zip(OTHER_WORK, size["other_work"])]
    lines += [f"      reserved_for_emergency: {size['units_reserved']}",
              f"      scheduled: {{appointments: {{per_hour: {size['appointments_per_hour']}}}}}"]
    lines += ["    travel:", f"      area_km2: {size['area']}", f"      urban_share: {size['urban_share']}",
              f"      urban_area_share: {size['urban_area_share']}",
              "    investigation:", f"      investigators: {size['investigators']}", f"      supervisors: {size['supervisors']}"]
    return lines


def room_lines(row, size):
    lines = [f"  - id: {row['id']}_fcr", f"    name: {row['name']} control room", "    call_handlers:",
             f"      reserved_for_emergency: {size['handlers_reserved']}", "      shifts:"]
    lines += [f"        - {{name: {name}, start_hour: {start}, hours: 10, staff: {staff}}}" for (name, start), staff in zip(SHIFTS, size["handlers"])]
    return lines


HEADER = """\
# England and Wales: the 43 territorial police forces in one model, 2021/22.
#
# GENERATED by scripts/england-wales-scenario.py from scenarios/data/england-wales-forces.csv and the
# Cambridgeshire baseline; edit those and run the script again rather than editing this file.
#
# NOT CALIBRATED to any force but Cambridgeshire. Every force inherits the calibrated Cambridgeshire baseline
# (force_template, control_room_template: incident mix, demand shape, triage policy, handling times, recording,
# investigation and victim settings) and overrides only what its public figures size (docs/sources.md,
# "England and Wales"):
#   - contact volumes, call handlers and other response work scale with the resident population (Census 2021;
#     the City of London with its working population); North Wales' 999 volume is its published figure;
#   - response units per shift, investigators and supervisors scale with police officer FTE (31 March 2022);
#     four forces' response rosters are raised 15-25% (Hampshire, Lincolnshire, Staffordshire, Wiltshire), as the
#     officer-scaled rosters could not keep up with population-scaled demand (scheduled work queued without end);
#   - what is held back or booked scales with what it serves: call handlers kept for 999 and the appointment diary's
#     slots an hour with the population, response units kept for emergencies with the response roster;
#   - force area is the real one; urban share and urban area share follow population density (an assumed rule).
# Each force has its own control room (no two territorial forces shared one in 2021/22, as far as the sources
# found say), and mutual aid and repeat victimisation reach the other forces of its police region.
#
# The measured period is kept short so that a national run stays cheap: 30 days in September (month factor 1.00).
# A year: --set run.horizon_days=365 --set run.start_date=2021-03-04 (investigation measures need most of a year).
name: England and Wales, 43 territorial forces, 2021/22 (sized from public figures; not calibrated)

run:
  seed: 20220601          # the baseline's seed
  replications: 2
  warmup_days: 7
  horizon_days: 30
  window_minutes: 60
  start_date: 2021-08-25  # measured period 1-30 September 2021
"""


def main():
    baseline_text = BASELINE.read_text(encoding="utf-8")
    rows = list(csv.DictReader(FIGURES.open(encoding="utf-8")))
    if len(rows) != 43:
        sys.exit(f"{FIGURES} holds {len(rows)} forces, not 43")
    BASE["officers"] = float(next(r for r in rows if r["id"] == "cambridgeshire")["officers_fte"])
    room, force, costs = templates(baseline_text)
    out = HEADER.splitlines() + ["", "# The baseline's control-room settings, shared by every control room; each room sets its roster.",
                                 "control_room_template:"] + room
    out += ["", "# The baseline's force settings, shared by every force; each force sets what its figures size.", "force_template:"] + force
    sizes = {row["id"]: sizing(row) for row in rows}
    out += ["", "# Call handlers: the baseline's 17/19/10 (early/late/night) and 2 kept for 999, scaled by the population served, rounded.", "control_rooms:"]
    for row in rows:
        out += room_lines(row, sizes[row["id"]])
    out += ["", "# Units: the baseline's 33/36/28 and 6 kept for emergencies scaled by officer FTE (four forces raised: RESPONSE_UPLIFT);",
            "# contact volumes, other work and the appointment diary (6 an hour) by population.", "forces:"]
    for row in rows:
        neighbours = [r["id"] for r in rows if r["region"] == row["region"] and r["id"] != row["id"]]
        out += force_lines(row, sizes[row["id"]], neighbours)
    out += [""] + costs + [""]
    OUTPUT.write_text("\n".join(out), encoding="utf-8")
    total = sum(s["emergency"] for s in sizes.values())
    print(f"wrote {OUTPUT.relative_to(ROOT)}: 43 forces, {total:,} 999 calls a year, "
          f"{sum(sum(s['units']) for s in sizes.values()):,} unit-shifts a day, "
          f"{sum(sum(s['handlers']) for s in sizes.values()):,} handler-shifts a day")


if __name__ == "__main__":
    main()
