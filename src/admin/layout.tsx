import type { Child } from 'hono/jsx';

export const NAV = [
  ['', 'Overview'],
  ['/requests', 'Requests'],
  ['/policies', 'Policies'],
  ['/keys', 'Keys'],
  ['/health', 'Health'],
] as const;

export interface PageProps {
  base: string;
  title: string;
  active?: string;
  csrfToken?: string;
  children?: Child;
}

/** The page frame: navigation, the logout form (a POST carrying the CSRF token) and the content. */
export function Layout(props: PageProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · Veil`}</title>
        <link rel="stylesheet" href={`${props.base}/static/admin.css`} />
      </head>
      <body>
        {props.csrfToken !== undefined && (
          <header>
            <span class="brand">Veil</span>
            {NAV.map(([path, name]) => (
              <a href={`${props.base}${path}`} class={props.active === path ? 'active' : undefined}>
                {name}
              </a>
            ))}
            <form method="post" action={`${props.base}/logout`}>
              <input type="hidden" name="csrf" value={props.csrfToken} />
              <button type="submit">Log out</button>
            </form>
          </header>
        )}
        <main>{props.children}</main>
      </body>
    </html>
  );
}
