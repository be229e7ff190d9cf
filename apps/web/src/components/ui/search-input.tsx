"use client";

import { useEffect, useState } from "react";
import { cn } from "~/lib/cn";

/**
 * A search box that reports its text after the user pauses typing, so a list query runs once per
 * pause rather than once per keystroke.
 */
export function SearchInput({
  label,
  placeholder,
  value,
  onSearch,
  delayMs = 250,
  className,
}: {
  label: string;
  placeholder?: string;
  value: string;
  onSearch: (value: string) => void;
  delayMs?: number;
  className?: string;
}) {
  const [text, setText] = useState(value);

  useEffect(() => {
    if (text.trim() === value) return;
    const timer = setTimeout(() => onSearch(text.trim()), delayMs);
    return () => clearTimeout(timer);
  }, [text, value, delayMs, onSearch]);

  return (
    <div className={cn("relative", className)}>
      <svg viewBox="0 0 20 20" aria-hidden="true" className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-zinc-400">
        <path d="M9 15a6 6 0 1 0 0-12 6 6 0 0 0 0 12Zm4.5-1.5L17 17" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
      <input
        type="search"
        aria-label={label}
        placeholder={placeholder}
        value={text}
        onChange={(event) => setText(event.target.value)}
        className="block h-9 w-full rounded-md border-0 bg-white py-2 pr-3 pl-8 text-sm text-zinc-900 shadow-xs ring-1 ring-zinc-300 ring-inset placeholder:text-zinc-400 focus:ring-2 focus:ring-indigo-600 focus:outline-none"
      />
    </div>
  );
}
