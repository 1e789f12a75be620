import { useState, type ComponentPropsWithoutRef, type ReactNode } from 'react';

/**
 * A `<details>` whose body is rendered once it is first opened, then kept: a closed panel on the
 * first screen costs only its summary (issue #19: the map's legend and filters are ~170 elements
 * nobody sees until they open them). `open` opens it from the start (and renders the body).
 */
export function LazyDetails({
  summary,
  children,
  open,
  ...props
}: Omit<ComponentPropsWithoutRef<'details'>, 'onToggle' | 'children'> & {
  summary: ReactNode;
  children: ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      {...props}
      open={open}
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      {summary}
      {opened || open ? children : null}
    </details>
  );
}
