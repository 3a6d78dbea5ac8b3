-- CreateIndex
CREATE INDEX "postings_browse_idx" ON "postings"("status", "closes_at", "workplace_type", "contract_type", "hours_type");
