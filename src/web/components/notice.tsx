/** A confirmation after an action ("Saved", "Approved"), announced politely to screen readers. */
export function Notice(props: { text: string | undefined }) {
  if (!props.text) return null;
  return (
    <p class="notice notice-success" role="status">
      {props.text}
    </p>
  );
}
