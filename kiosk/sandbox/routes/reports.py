"""The CSV report queue and queued-job polling (S1).

``GET /customers/customers/queue`` starts a job (a GET with a side effect, as documented) and
answers with it; the job completes shortly after (here: on the first poll at least
``JOB_SECONDS`` later), then ``output`` holds the report's URL and row count. Only the token
that queued a job may poll it (403 otherwise).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import timedelta
from typing import Any

from fastapi import FastAPI, Request, Response

from kiosk.sandbox.http import ApiError, base_url, new_id, not_found, token_owner
from kiosk.sandbox.routes.customers import CustomerFilters, Filters
from kiosk.sandbox.state import SandboxState
from kiosk.sandbox.store import Row, Store
from kiosk.sandbox.timefmt import iso, now_utc, parse

JOB_SECONDS = 0.3
CSV_COLUMNS = ("id", "first_name", "last_name", "email", "phone", "site_id", "created_at")


def _job_document(row: Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "type": row["kind"],
        "status": row["status"],
        "output": json.loads(row["output"]) if row["output"] else None,
        "created_at": row["created_at"],
        "completed_at": row["completed_at"],
    }


def _finish(store: Store, row: Row, base: str) -> Row:
    where, values = CustomerFilters(**json.loads(row["params"])).where()
    customers = store.all(f"SELECT * FROM customers WHERE {where} ORDER BY created_at, id", values)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for customer in customers:
        writer.writerow([customer[c] or "" for c in CSV_COLUMNS])
    output = {"url": f"{base.rstrip('/')}/_media/reports/{row['id']}.csv", "rows": len(customers)}
    with store.transaction() as db:
        db.execute(
            "UPDATE queued_jobs SET status = 'complete', output = ?, report = ?, completed_at = ? "
            "WHERE id = ?",
            (json.dumps(output), out.getvalue(), iso(now_utc()), row["id"]),
        )
    finished = store.one("SELECT * FROM queued_jobs WHERE id = ?", (row["id"],))
    assert finished is not None
    return finished


def register(api: FastAPI, state: SandboxState) -> None:
    store = state.store

    @api.get("/customers/customers/queue", operation_id="queueListCustomers")
    def queue_list_customers(
        request: Request,
        filters: Filters,
        created_at_from: str | None = None,
        created_at_to: str | None = None,
        updated_at_from: str | None = None,
        updated_at_to: str | None = None,
    ) -> Any:
        params = replace(
            filters,
            created_at_from=created_at_from,
            created_at_to=created_at_to,
            updated_at_from=updated_at_from,
            updated_at_to=updated_at_to,
        ).given()
        job_id = new_id()
        with store.transaction() as db:
            db.execute(
                "INSERT INTO queued_jobs (id, owner, kind, status, params, created_at) "
                "VALUES (?, ?, 'customers_report', 'processing', ?, ?)",
                (job_id, token_owner(request), json.dumps(params), iso(now_utc())),
            )
        row = store.one("SELECT * FROM queued_jobs WHERE id = ?", (job_id,))
        assert row is not None
        return {"data": _job_document(row)}

    @api.get("/customers/queued-jobs/{queued_job_id}", operation_id="getCustomerQueuedJob")
    def get_customer_queued_job(request: Request, queued_job_id: str) -> Any:
        row = store.one("SELECT * FROM queued_jobs WHERE id = ?", (queued_job_id,))
        if row is None:
            raise not_found()
        if row["owner"] != token_owner(request):
            raise ApiError(403, {"message": "Only the user who queued this job can see it."})
        ready_at = parse(row["created_at"]) + timedelta(seconds=JOB_SECONDS)
        if row["status"] == "processing" and now_utc() >= ready_at:
            row = _finish(store, row, base_url(request))
        return {"data": _job_document(row)}

    @api.get("/_media/reports/{name}", include_in_schema=False)
    def report_file(name: str) -> Response:
        row = store.one(
            "SELECT report FROM queued_jobs WHERE id = ? AND status = 'complete'",
            (name.removesuffix(".csv"),),
        )
        if row is None or not name.endswith(".csv"):
            raise not_found()
        return Response(row["report"], media_type="text/csv")
