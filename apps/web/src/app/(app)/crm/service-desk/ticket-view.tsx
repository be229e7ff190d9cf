"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { type FormEvent, useState } from "react";
import { AssigneeSelect } from "~/components/crm/assignee-select";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Options, SelectField, TextAreaField } from "~/components/ui/field";
import { Segmented } from "~/components/ui/segmented";
import { optionsFrom } from "~/components/ui/options";
import { cn } from "~/lib/cn";
import { describeApiError, fieldMessage } from "~/lib/api-errors";
import { formatDate, formatRelative } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import type { RouterOutputs } from "~/trpc/types";
import { ticketLabel, type TicketPriority, ticketPriorityLabels, type TicketStatus, ticketStatusLabels, ticketStatusTones } from "./ticket-labels";

type Ticket = RouterOutputs["crm"]["tickets"]["get"];
type Mode = "reply" | "note";

const modeOptions = optionsFrom<Mode>({ reply: "Reply to client", note: "Internal note" });

export function TicketView({
  id,
  currentUserId,
  canWrite,
  canAssignOthers,
  onClose,
}: {
  id: string;
  currentUserId: string;
  canWrite: boolean;
  canAssignOthers: boolean;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const ticket = useQuery(trpc.crm.tickets.get.queryOptions({ id }));

  if (ticket.isPending) return <p className="text-sm text-zinc-500">Loading ticket…</p>;
  if (ticket.isError) {
    const problem = describeApiError(ticket.error);
    return (
      <Alert tone="error">
        {problem.appCode === "NOT_FOUND" ? "This ticket does not exist, or it is outside your reach." : problem.message}
      </Alert>
    );
  }
  return <TicketDetails ticket={ticket.data} currentUserId={currentUserId} canWrite={canWrite} canAssignOthers={canAssignOthers} onClose={onClose} />;
}

function TicketDetails({
  ticket,
  currentUserId,
  canWrite,
  canAssignOthers,
  onClose,
}: {
  ticket: Ticket;
  currentUserId: string;
  canWrite: boolean;
  canAssignOthers: boolean;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(
    trpc.crm.tickets.update.mutationOptions({
      onSettled: () => queryClient.invalidateQueries(trpc.crm.tickets.pathFilter()),
    }),
  );
  const updateProblem = update.error ? describeApiError(update.error) : null;

  return (
    <article className="rounded-lg border border-zinc-200" aria-labelledby="ticket-subject" data-testid="ticket-view" data-ticket-id={ticket.id}>
      <header className="border-b border-zinc-200 px-4 py-3">
        <div className="flex items-start justify-between gap-3">
          <div className="min-w-0">
            <p className="flex items-center gap-2 text-xs text-zinc-500">
              <span className="font-mono">{ticketLabel(ticket.number)}</span>
              <Badge tone={ticketStatusTones[ticket.status]}>{ticketStatusLabels[ticket.status]}</Badge>
              {ticket.category ? <span>{ticket.category}</span> : null}
            </p>
            <h2 id="ticket-subject" className="mt-1 text-base font-semibold text-zinc-900">
              {ticket.subject}
            </h2>
            <p className="mt-0.5 text-xs text-zinc-500">
              {ticket.contact ? (
                <Link href={`/crm/contacts/${ticket.contact.id}`} className="font-medium text-indigo-600 hover:text-indigo-500">
                  {ticket.contact.name}
                </Link>
              ) : (
                "No contact"
              )}
              {ticket.contact?.email ? ` · ${ticket.contact.email}` : ""} · opened {formatRelative(ticket.createdAt).toLowerCase()}
              {ticket.createdBy ? ` by ${ticket.createdBy.name}` : ""}
            </p>
          </div>
          <Button variant="ghost" size="sm" onClick={onClose} aria-label="Close ticket">
            Close
          </Button>
        </div>
        {canWrite ? (
          <div className="mt-3 grid grid-cols-3 gap-3">
            <SelectField
              label="Status"
              value={ticket.status}
              disabled={update.isPending}
              onChange={(event) => update.mutate({ id: ticket.id, status: event.target.value as TicketStatus })}
            >
              <Options options={ticketStatusLabels} />
            </SelectField>
            <SelectField
              label="Priority"
              value={ticket.priority}
              disabled={update.isPending}
              onChange={(event) => update.mutate({ id: ticket.id, priority: event.target.value as TicketPriority })}
            >
              <Options options={ticketPriorityLabels} />
            </SelectField>
            {canAssignOthers ? (
              <AssigneeSelect
                label="Assignee"
                value={ticket.assignee?.id ?? null}
                onChange={(assigneeId) => update.mutate({ id: ticket.id, assigneeId })}
                currentUserId={currentUserId}
                allowUnassigned
                error={fieldMessage("Assignee", updateProblem?.fieldErrors.assigneeId)}
              />
            ) : (
              <div className="space-y-1.5 text-sm">
                <p className="font-medium text-zinc-800">Assignee</p>
                {ticket.assignee ? (
                  <p className="py-2 text-zinc-700">{ticket.assignee.id === currentUserId ? "You" : ticket.assignee.name}</p>
                ) : (
                  <Button variant="secondary" size="sm" onClick={() => update.mutate({ id: ticket.id, assigneeId: currentUserId })} disabled={update.isPending}>
                    Assign to me
                  </Button>
                )}
              </div>
            )}
          </div>
        ) : (
          <p className="mt-2 text-xs text-zinc-500">
            {ticketPriorityLabels[ticket.priority]} priority · {ticket.assignee ? `Assigned to ${ticket.assignee.name}` : "Unassigned"}
          </p>
        )}
        {updateProblem && !updateProblem.fieldErrors.assigneeId ? (
          <Alert tone="error" className="mt-3">
            {updateProblem.message}
          </Alert>
        ) : null}
      </header>

      <ol className="space-y-3 px-4 py-4" aria-label="Messages" data-testid="ticket-messages">
        {ticket.messages.map((message) => (
          <li
            key={message.id}
            data-testid="ticket-message"
            data-internal={message.internal ? "true" : "false"}
            className={cn("rounded-lg px-3 py-2 text-sm ring-1", message.internal ? "bg-amber-50 ring-amber-200" : "bg-white ring-zinc-200")}
          >
            <p className="flex items-center gap-2 text-xs text-zinc-500">
              <span className="font-medium text-zinc-800">{message.author?.name ?? "Client"}</span>
              {message.internal ? <Badge tone="amber">Internal note</Badge> : null}
              <span className="ml-auto" title={formatDate(message.createdAt)}>
                {formatRelative(message.createdAt)}
              </span>
            </p>
            <p className="mt-1 whitespace-pre-line text-zinc-800">{message.body}</p>
            {message.delivery ? <DeliveryLine delivery={message.delivery} /> : null}
          </li>
        ))}
      </ol>

      {canWrite ? <Composer ticketId={ticket.id} clientEmail={ticket.contact?.email ?? null} /> : null}
    </article>
  );
}

type Delivery = NonNullable<Ticket["messages"][number]["delivery"]>;

const deliveryTexts: Record<Delivery["status"], string> = { queued: "sending", sent: "sent", failed: "failed" };

/** Where a reply was emailed and how that went: "Emailed to x@y · sent", or the server's answer when it failed. */
function DeliveryLine({ delivery }: { delivery: Delivery }) {
  return (
    <p
      className={cn("mt-1 text-xs", delivery.status === "failed" ? "text-red-700" : "text-zinc-500")}
      data-testid="ticket-message-delivery"
      title={delivery.sentAt ? formatDate(delivery.sentAt) : undefined}
    >
      Emailed to {delivery.to} · {deliveryTexts[delivery.status]}
      {delivery.status === "failed" && delivery.error ? `: ${delivery.error}` : null}
    </p>
  );
}

function Composer({ ticketId, clientEmail }: { ticketId: string; clientEmail: string | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<Mode>("reply");
  const [body, setBody] = useState("");
  const reply = useMutation(
    trpc.crm.tickets.reply.mutationOptions({
      onSuccess: async () => {
        setBody("");
        await queryClient.invalidateQueries(trpc.crm.tickets.pathFilter());
      },
    }),
  );
  const problem = reply.error ? describeApiError(reply.error) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    reply.mutate({ id: ticketId, body, internal: mode === "note" });
  }

  return (
    <form onSubmit={submit} noValidate className={cn("space-y-3 border-t px-4 py-3", mode === "note" ? "border-amber-200 bg-amber-50/40" : "border-zinc-200")} data-testid="ticket-composer">
      {/* A reply the client cannot receive (no email, do-not-contact) is refused on `internal`: the kind to switch to. */}
      {problem && !problem.fieldErrors.body ? (
        <Alert tone="error" data-testid="composer-error">
          {problem.fieldErrors.internal?.[0] ?? problem.message}
        </Alert>
      ) : null}
      <Segmented label="Message kind" options={modeOptions} value={mode} onChange={setMode} testId="composer-mode" />
      <TextAreaField
        label={mode === "note" ? "Note for the team" : "Reply"}
        rows={4}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        hint={
          mode === "note"
            ? "Only your agency sees internal notes."
            : clientEmail
              ? `The client sees this reply: it is emailed to ${clientEmail}.`
              : "The client has no email address to send a reply to; post an internal note instead."
        }
        error={fieldMessage(mode === "note" ? "Note" : "Reply", problem?.fieldErrors.body)}
      />
      <div className="flex justify-end">
        <Button type="submit" disabled={reply.isPending}>
          {reply.isPending ? "Sending…" : mode === "note" ? "Add note" : "Send reply"}
        </Button>
      </div>
    </form>
  );
}
