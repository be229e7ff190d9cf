"use client";

import { Button } from "~/components/ui/button";

export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-xl border border-red-200 bg-red-50/50 px-6 py-10 text-center">
      <p className="text-sm font-medium text-zinc-900">Something went wrong loading this page</p>
      <p className="mt-1 text-sm text-zinc-500">
        Try again in a moment.{error.digest ? ` If it keeps happening, quote reference ${error.digest}.` : ""}
      </p>
      <Button variant="secondary" className="mt-4" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
