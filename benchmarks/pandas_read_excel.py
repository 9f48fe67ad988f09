#!/usr/bin/env python3
"""pandas.read_excel on a log workbook: what an analyst's script pays to get the rows of an .xlsx
before any check or count (pandas reads .xlsx through openpyxl). Prints the rows and seconds.
Run through benchmarks/run.sh xlsx.
"""
import sys
import time

import pandas as pd

started = time.perf_counter()
frame = pd.read_excel(sys.argv[1], engine="openpyxl", dtype=str)
print(f"pandas.read_excel: {len(frame)} rows in {time.perf_counter() - started:.2f} s", file=sys.stderr)
