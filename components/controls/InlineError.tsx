/** An inline error that says what failed and offers to try again. */
export function InlineError({ what, error, onRetry }: { what: string; error: Error; onRetry: () => void }) {
  return (
    <p className="panel-error" role="alert">
      {what} could not be loaded: {error.message}{' '}
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </p>
  );
}
