import datetime as dt
from eventdesk.models import Document
from eventdesk.store import Store
from eventdesk.scale import ingest
base = "(Interfax, May 18) Russia attacked Georgia near the border on Tuesday, officials in Tbilisi said, adding that troops had crossed into the region overnight and more were expected to follow soon."
docs = [Document(id="orig", text=base, published=dt.date(9999,12,31)),
        Document(id="copy", text=base + " Reuters.", published=dt.date(2012,1,1))]
import os
if os.path.exists("dup.duckdb"): os.remove("dup.duckdb")
with Store("dup.duckdb") as s:
    print(ingest(docs, s))
    print(s.con.execute("select id,status,duplicate_of from documents").fetchall())
    print(s.con.execute("select source,stage,error from failures").fetchall())
with Store("dup.duckdb") as s:
    print(ingest(docs, s))
