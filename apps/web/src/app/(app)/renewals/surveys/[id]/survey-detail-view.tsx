"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { PageHeader } from "~/components/page-header";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { CopyButton } from "~/components/ui/copy-button";
import { describeApiError } from "~/lib/api-errors";
import { useTRPC } from "~/trpc/react";
import { SurveyBuilder } from "../survey-builder";
import { absoluteUrl, surveyStatusLabels, surveyStatusTones } from "../survey-labels";
import { InviteContactsDialog } from "./invite-contacts-dialog";
import { SurveyResults } from "./survey-results";

export function SurveyDetailView({ id, canWrite }: { id: string; canWrite: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [inviting, setInviting] = useState(false);
  const survey = useQuery(trpc.renewals.surveys.get.queryOptions({ id }));
  const refresh = () => queryClient.invalidateQueries(trpc.renewals.surveys.pathFilter());
  const publish = useMutation(trpc.renewals.surveys.publish.mutationOptions({ onSuccess: refresh }));
  const close = useMutation(trpc.renewals.surveys.close.mutationOptions({ onSuccess: refresh }));
  const actionError = publish.error ?? close.error;

  if (survey.isError) return <Alert tone="error">{describeApiError(survey.error).message}</Alert>;
  if (!survey.data) return <p className="text-sm text-zinc-500">Loading…</p>;
  const data = survey.data;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/renewals/surveys" className="text-indigo-700 hover:underline">
          ← Surveys
        </Link>
      </p>
      <PageHeader
        title={data.title}
        description={data.description ?? undefined}
        actions={
          canWrite ? (
            <>
              {data.status === "draft" ? (
                <>
                  <Button variant="secondary" onClick={() => setEditing(true)}>
                    Edit
                  </Button>
                  <Button onClick={() => publish.mutate({ id })} disabled={publish.isPending} data-testid="publish-survey">
                    {publish.isPending ? "Publishing…" : "Publish"}
                  </Button>
                </>
              ) : null}
              {data.status === "published" ? (
                <>
                  <Button variant="secondary" onClick={() => setInviting(true)} data-testid="invite-survey">
                    Invite contacts
                  </Button>
                  <Button variant="secondary" onClick={() => close.mutate({ id })} disabled={close.isPending} data-testid="close-survey">
                    Close
                  </Button>
                </>
              ) : null}
            </>
          ) : null
        }
      />
      <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
        <Badge tone={surveyStatusTones[data.status]}>{surveyStatusLabels[data.status]}</Badge>
        {data.publicUrl ? (
          <span className="flex items-center gap-2" data-testid="survey-public-url">
            <a href={absoluteUrl(data.publicUrl)} className="text-indigo-700 hover:underline" target="_blank" rel="noreferrer">
              {absoluteUrl(data.publicUrl)}
            </a>
            <CopyButton value={absoluteUrl(data.publicUrl)} label="Copy link" />
          </span>
        ) : null}
      </div>
      {actionError ? (
        <Alert tone="error" className="mt-3">
          {describeApiError(actionError).message}
        </Alert>
      ) : null}
      <SurveyResults id={id} />
      {editing ? <SurveyBuilder survey={data} onClose={() => setEditing(false)} /> : null}
      {inviting ? <InviteContactsDialog surveyId={id} onClose={() => setInviting(false)} /> : null}
    </>
  );
}
