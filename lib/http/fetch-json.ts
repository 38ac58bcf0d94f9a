/** fetch() for our own JSON API: throws with the server's own message when it answers an error. */
export async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) {
    let message = `The server answered ${res.status}.`;
    try {
      message = ((await res.json()) as { message?: string }).message ?? message;
    } catch {
      // Not JSON: keep the status line.
    }
    throw new Error(message);
  }
  return (await res.json()) as T;
}
