'use client';

import { useState } from 'react';

/** Tells the reader which parts of a shared link were not understood (and were ignored). */
export function DroppedParamsNotice({ dropped }: { dropped: string[] }) {
  const [open, setOpen] = useState(dropped.length > 0);
  if (!open) return null;
  return (
    <div className="notice" role="status">
      <p>
        Parts of this link were not understood and were ignored: <code>{dropped.join(', ')}</code>. The rest of the view is shown.
      </p>
      <button type="button" onClick={() => setOpen(false)}>
        Dismiss
      </button>
    </div>
  );
}
