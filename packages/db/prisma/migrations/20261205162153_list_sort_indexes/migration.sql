-- CreateIndex
CREATE INDEX "opportunities_organization_id_probability_id_idx" ON "opportunities"("organization_id", "probability" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "tasks_organization_id_due_at_id_assignee_id_created_by_id_idx" ON "tasks"("organization_id", "due_at", "id", "assignee_id", "created_by_id");

-- CreateIndex
CREATE INDEX "tasks_organization_id_created_at_id_assignee_id_created_by__idx" ON "tasks"("organization_id", "created_at" DESC, "id" DESC, "assignee_id", "created_by_id");
