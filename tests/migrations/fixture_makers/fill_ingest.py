"""Fill a schema 0002-0004 database with that release's code: users, an import, a case."""

from __future__ import annotations

import era


def main() -> None:
    """Start the release, import the images and make the case."""
    args = era.arguments()
    station = era.start(args)
    try:
        era.import_images(station, args.incoming)
        era.make_case(station)
    finally:
        station.close()


if __name__ == "__main__":
    main()
