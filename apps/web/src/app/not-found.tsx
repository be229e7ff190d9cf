import Link from "next/link";

export default function NotFound() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-2 px-4 text-center">
      <p className="text-sm font-medium text-indigo-600">404</p>
      <h1 className="text-xl font-semibold tracking-tight text-zinc-900">This page does not exist</h1>
      <p className="text-sm text-zinc-500">The link may be old, or the page may have moved.</p>
      <Link href="/" className="mt-4 text-sm font-medium text-indigo-600 hover:text-indigo-500">
        Back to Harbor
      </Link>
    </main>
  );
}
