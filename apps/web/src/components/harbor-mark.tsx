export function HarborMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className={className}>
      <rect width="32" height="32" rx="8" className="fill-indigo-600" />
      <path d="M9 9v14M23 9v14M9 16h14" stroke="white" strokeWidth="3" strokeLinecap="round" fill="none" />
    </svg>
  );
}
