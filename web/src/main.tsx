import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { Layout } from "./components.tsx";
import { AuthorityPage } from "./pages/AuthorityPage.tsx";
import { DocumentPage } from "./pages/DocumentPage.tsx";
import { GraphPage } from "./pages/GraphPage.tsx";
import { HomePage } from "./pages/HomePage.tsx";
import { RecommendationPage } from "./pages/RecommendationPage.tsx";
import { ServiceKindPage } from "./pages/ServiceKindPage.tsx";
import { ThemePage } from "./pages/ThemePage.tsx";
import { VisitPage } from "./pages/VisitPage.tsx";

/** The page for a path: `/<kind>/<encoded id>`. */
function route(path: string) {
  const [, root = "", ...rest] = path.split("/");
  const id = decodeURIComponent(rest.join("/"));
  switch (root) {
    case "":
      return <HomePage />;
    case "authority":
      return <AuthorityPage id={id} />;
    case "visit":
      return <VisitPage id={id} />;
    case "recommendation":
      return <RecommendationPage id={id} />;
    case "document":
      return <DocumentPage id={id} />;
    case "theme":
      return <ThemePage id={id} />;
    case "service-kind":
      return <ServiceKindPage id={id} />;
    case "graph":
      return <GraphPage nodeId={id} />;
    default:
      return <p className="govuk-body">No such page.</p>;
  }
}

/**
 * The explorer: renders the page for the current path, and follows links within the explorer without
 * reloading (links to the playground, and modified clicks, are left to the browser).
 */
function App() {
  const [location, setLocation] = useState(() => window.location.pathname + window.location.search);
  useEffect(() => {
    const onPop = () => setLocation(window.location.pathname + window.location.search);
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
        return;
      const anchor = (event.target as Element | null)?.closest?.("a");
      if (!anchor || anchor.target || anchor.dataset.externalPage) return;
      const url = new URL(anchor.href, window.location.href);
      if (url.origin !== window.location.origin || url.pathname.startsWith("/graphql")) return;
      event.preventDefault();
      if (url.pathname + url.search !== window.location.pathname + window.location.search) {
        window.history.pushState(null, "", url.pathname + url.search + url.hash);
        window.scrollTo(0, 0);
        setLocation(url.pathname + url.search);
      } else if (url.hash) {
        window.history.pushState(null, "", url.hash);
        window.dispatchEvent(new HashChangeEvent("hashchange"));
      }
    };
    window.addEventListener("popstate", onPop);
    document.addEventListener("click", onClick);
    return () => {
      window.removeEventListener("popstate", onPop);
      document.removeEventListener("click", onClick);
    };
  }, []);
  const path = location.split("?")[0] ?? "/";
  return <Layout key={path}>{route(path)}</Layout>;
}

const root = document.getElementById("app");
if (root) createRoot(root).render(<App />);
