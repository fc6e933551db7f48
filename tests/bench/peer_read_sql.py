"""pandas.read_sql on a PostgreSQL table through SQLAlchemy and psycopg2 (Debian's
python3-psycopg2 and python3-sqlalchemy), the way a Python analyst loads from a database.
Prints one JSON line like the peer harness's.
    /usr/bin/python3 peer_read_sql.py postgresql://user@host:port/db TABLE
"""
import json
import resource
import sys
import time

import pandas as pd
import sqlalchemy

url, table = sys.argv[1], sys.argv[2]
engine = sqlalchemy.create_engine(url.replace("postgresql://", "postgresql+psycopg2://", 1))
start = time.perf_counter()
with engine.connect() as conn:
    df = pd.read_sql(sqlalchemy.text(f'SELECT * FROM "{table}"'), conn)
seconds = time.perf_counter() - start
print(json.dumps({"tool": "pandas.read_sql", "task": "load", "seconds": round(seconds, 4),
                  "rows": len(df), "columns": df.shape[1],
                  "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}))
