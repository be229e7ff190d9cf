"use client";

import { type FormEvent, useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextAreaField } from "~/components/ui/field";
import { cn } from "~/lib/cn";

interface Question {
  id: string;
  type: "nps" | "rating" | "choice" | "text";
  text: string;
  options?: string[];
  required?: boolean;
}

interface ApiError {
  error: { code: string; message: string; fieldErrors?: Record<string, string[]> };
}

const scales = { nps: Array.from({ length: 11 }, (_, index) => index), rating: [1, 2, 3, 4, 5] };

export function SurveyForm({ token, survey }: { token: string; survey: { title: string; description: string | null; questions: Question[] } }) {
  const [answers, setAnswers] = useState<Record<string, number | string>>({});
  const [state, setState] = useState<"answering" | "sending" | "done">("answering");
  const [problem, setProblem] = useState<ApiError["error"] | null>(null);
  const set = (id: string, value: number | string) => setAnswers((current) => ({ ...current, [id]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setState("sending");
    setProblem(null);
    try {
      const response = await fetch(`/api/surveys/${encodeURIComponent(token)}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ answers }),
      });
      if (response.ok) {
        setState("done");
        return;
      }
      setProblem(((await response.json()) as ApiError).error);
    } catch {
      setProblem({ code: "NETWORK", message: "Your answers could not be sent. Check your connection and try again." });
    }
    setState("answering");
  }

  if (state === "done") {
    return (
      <div className="py-6 text-center" data-testid="survey-thanks">
        <h1 className="text-lg font-semibold text-zinc-900">Thank you</h1>
        <p className="mt-1 text-sm text-zinc-600">Your answers have been recorded.</p>
      </div>
    );
  }

  const errorOf = (id: string) => problem?.fieldErrors?.[`answers.${id}`]?.join(" ");
  return (
    <form onSubmit={(event) => void submit(event)} className="space-y-6" noValidate data-testid="public-survey">
      <div>
        <h1 className="text-lg font-semibold text-zinc-900">{survey.title}</h1>
        {survey.description ? <p className="mt-1 text-sm text-zinc-600">{survey.description}</p> : null}
      </div>
      {problem && !Object.keys(problem.fieldErrors ?? {}).some((key) => key.startsWith("answers.")) ? <Alert tone="error">{problem.message}</Alert> : null}
      {survey.questions.map((question) => (
        <fieldset key={question.id} className="space-y-2" data-testid="public-question" data-question-id={question.id}>
          <legend className="text-sm font-medium text-zinc-900">
            {question.text}
            {question.required ? <span className="text-red-600"> *</span> : null}
          </legend>
          {question.type === "nps" || question.type === "rating" ? (
            <div className="flex flex-wrap gap-1.5">
              {scales[question.type].map((value) => (
                <button
                  key={value}
                  type="button"
                  aria-pressed={answers[question.id] === value}
                  onClick={() => set(question.id, value)}
                  className={cn(
                    "size-9 rounded-md text-sm ring-1 tabular-nums",
                    answers[question.id] === value ? "bg-indigo-600 text-white ring-indigo-600" : "bg-white text-zinc-700 ring-zinc-300 hover:bg-zinc-50",
                  )}
                >
                  {value}
                </button>
              ))}
            </div>
          ) : null}
          {question.type === "nps" ? <p className="flex justify-between text-xs text-zinc-500"><span>Not likely</span><span>Very likely</span></p> : null}
          {question.type === "choice" ? (
            <div className="space-y-1">
              {(question.options ?? []).map((option) => (
                <label key={option} className="flex items-center gap-2 text-sm text-zinc-700">
                  <input type="radio" name={question.id} checked={answers[question.id] === option} onChange={() => set(question.id, option)} className="accent-indigo-600" />
                  {option}
                </label>
              ))}
            </div>
          ) : null}
          {question.type === "text" ? (
            <TextAreaField label="Your answer" name={question.id} value={String(answers[question.id] ?? "")} onChange={(event) => set(question.id, event.target.value)} maxLength={2000} />
          ) : null}
          {errorOf(question.id) ? <p className="text-sm text-red-600">{errorOf(question.id)}</p> : null}
        </fieldset>
      ))}
      <div className="flex justify-end">
        <Button type="submit" disabled={state === "sending"} data-testid="submit-survey">
          {state === "sending" ? "Sending…" : "Send answers"}
        </Button>
      </div>
    </form>
  );
}
