"use client";

import { useState } from "react";
import { Button } from "~/components/ui/button";
import { SelectField, TextAreaField, TextField } from "~/components/ui/field";
import { FormDialog, useFormMutation } from "~/components/ui/form";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import { questionTypeLabels, type QuestionType, type Survey } from "./survey-labels";

interface DraftQuestion {
  id: string;
  type: QuestionType;
  text: string;
  /** One option per line, for choice questions. */
  options: string;
  required: boolean;
}

const questionFields = (index: number) => ["id", "type", "text", "options"].map((field) => `questions.${index}.${field}`);

function nextQuestionId(questions: readonly DraftQuestion[]): string {
  const taken = new Set(questions.map((question) => question.id));
  let number = questions.length + 1;
  while (taken.has(`q${number}`)) number++;
  return `q${number}`;
}

const starterQuestion: DraftQuestion = { id: "q1", type: "nps", text: "How likely are you to recommend us to a friend or colleague?", options: "", required: true };

/** Writes a survey's title and questions: a new draft, or a draft being edited (`survey`). */
export function SurveyBuilder({ survey, onClose }: { survey?: Survey; onClose: () => void }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const [questions, setQuestions] = useState<DraftQuestion[]>(
    survey ? survey.questions.map((question) => ({ ...question, options: (question.options ?? []).join("\n"), required: question.required ?? false })) : [starterQuestion],
  );
  const form = useFormMutation(
    {
      mutationFn: (input: { title: string; description: string | null; questions: { id: string; type: QuestionType; text: string; options?: string[]; required: boolean }[] }) =>
        survey ? client.renewals.surveys.update.mutate({ id: survey.id, ...input }) : client.renewals.surveys.create.mutate(input),
      onSuccess: onClose,
    },
    {
      invalidates: [trpc.renewals.surveys.pathFilter()],
      initialValues: { title: survey?.title ?? "", description: survey?.description ?? "" },
      fields: ["title", "description", "questions", ...questions.flatMap((_, index) => questionFields(index))],
      onClose,
    },
  );

  const change = (index: number, patch: Partial<DraftQuestion>) => setQuestions((current) => current.map((question, at) => (at === index ? { ...question, ...patch } : question)));

  function submit() {
    form.mutation.mutate({
      title: form.values.title,
      description: form.values.description.trim() || null,
      questions: questions.map(({ options, ...question }) => ({
        ...question,
        ...(question.type === "choice" ? { options: options.split("\n").map((option) => option.trim()).filter(Boolean) } : {}),
      })),
    });
  }

  return (
    <FormDialog
      form={form}
      title={survey ? "Edit survey" : "New survey"}
      description="Questions can be changed until the survey is published."
      testId="survey-builder"
      onSubmit={submit}
      submitLabel={survey ? "Save draft" : "Create draft"}
      pendingLabel="Saving…"
    >
      <TextField {...form.field("title", "Title")} required autoFocus placeholder="e.g. How was your renewal?" />
      <TextAreaField {...form.field("description", "Introduction")} rows={2} />
      {form.errorOf("questions", "Questions") ? <p className="text-sm text-red-600">{form.errorOf("questions", "Questions")}</p> : null}
      <ol className="space-y-3" aria-label="Questions" data-testid="survey-questions">
        {questions.map((question, index) => (
          <li key={index} className="space-y-2 rounded-lg border border-zinc-200 p-3" data-testid="survey-question">
            <div className="grid grid-cols-[1fr_auto] items-end gap-2">
              <SelectField
                label={`Question ${index + 1} type`}
                name={`questions.${index}.type`}
                value={question.type}
                onChange={(event) => change(index, { type: event.target.value as QuestionType })}
                error={form.errorOf(`questions.${index}.type`, "Type")}
              >
                {Object.entries(questionTypeLabels).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </SelectField>
              <Button variant="ghost" size="sm" disabled={questions.length === 1} onClick={() => setQuestions((current) => current.filter((_, at) => at !== index))}>
                Remove
              </Button>
            </div>
            <TextField
              label="Question"
              name={`questions.${index}.text`}
              value={question.text}
              onChange={(event) => change(index, { text: event.target.value })}
              error={form.errorOf(`questions.${index}.text`, "Question") ?? form.errorOf(`questions.${index}.id`, "Question")}
            />
            {question.type === "choice" ? (
              <TextAreaField
                label="Options, one per line"
                name={`questions.${index}.options`}
                value={question.options}
                onChange={(event) => change(index, { options: event.target.value })}
                error={form.errorOf(`questions.${index}.options`, "Options")}
              />
            ) : null}
            <label className="flex items-center gap-2 text-sm text-zinc-700">
              <input type="checkbox" checked={question.required} onChange={(event) => change(index, { required: event.target.checked })} className="size-4 accent-indigo-600" />
              Required
            </label>
          </li>
        ))}
      </ol>
      <Button variant="secondary" size="sm" onClick={() => setQuestions((current) => [...current, { id: nextQuestionId(current), type: "rating", text: "", options: "", required: false }])} data-testid="add-question">
        Add a question
      </Button>
    </FormDialog>
  );
}
