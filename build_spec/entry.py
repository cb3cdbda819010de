"""The bundle's program: the same `fieldapp` command as a source install."""

import multiprocessing

from fieldapp.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen Windows program re-enters here in each worker
    raise SystemExit(main())
