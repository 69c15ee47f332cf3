import { Sluice } from "/sluice/sluice.js";

// the demo answers 503 while it is still creating its importers: ask again until it is ready
async function loadConfig() {
  for (;;) {
    const response = await fetch("/api/config");
    if (response.ok) return response.json();
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
const config = await loadConfig();
const received = document.querySelector("#received tbody");
// rows kept on screen (?show=N for a smaller window); every row is counted
const SHOWN = Number(new URLSearchParams(location.search).get("show")) || 50;
let receivedRows = 0;
const COLUMNS = ["name", "email", "email_hash", "phone", "country", "signup", "plan"];

function cellRow(values) {
  const tr = document.createElement("tr");
  for (const v of values) {
    const td = document.createElement("td");
    td.textContent = v ?? "";
    tr.append(td);
  }
  return tr;
}

function open(mode) {
  const options = {
    importerKey: mode === "webhook" ? config.webhookImporterKey : config.callbackImporterKey,
    relayUrl: config.relayUrl,
    mode,
    locale: document.querySelector("#locale").value,
    user: { id: "demo-user-1" },
    metadata: { workspace: "acme-demo" },
    onComplete: () => refreshDelivered(),
    // a lookup hook: contacts the app already has are marked (info, not an error); the list
    // comes from the app's backend, and the check runs here, so no row leaves the page for it
    hooks: {
      columns: {
        email: async (values) => {
          const known = new Set(await (await fetch("/api/crm/known-emails")).json());
          return values.map((v) => known.has(v.toLowerCase())
            ? { message: "Already in Acme CRM: importing updates this contact", severity: "info", code: "KNOWN_CONTACT" }
            : null);
        },
      },
    },
  };
  if (mode === "callback") {
    // As a host should for large files: count every row, show only the last few (a table of a
    // million rows would freeze the page and take gigabytes), and hand each batch on before the
    // widget sends the next (a real app would await its own save call here).
    options.onData = async ({ rows }) => {
      receivedRows += rows.length;
      const fragment = document.createDocumentFragment();
      for (const row of rows.slice(-SHOWN)) fragment.append(cellRow(COLUMNS.map((c) => row[c])));
      received.append(fragment);
      while (received.children.length > SHOWN) received.firstElementChild.remove();
      document.querySelector("#received-count").textContent = receivedRows.toLocaleString();
      document.querySelector("#received-shown").textContent = receivedRows > SHOWN
        ? `showing the last ${SHOWN}` : "";
      return { errors: [] };
    };
  }
  Sluice.open(options);
}

async function refreshDelivered() {
  const { batches } = await (await fetch("/api/backend/batches")).json();
  const body = document.querySelector("#delivered tbody");
  body.replaceChildren(...batches.map((b) => cellRow([b.importId.slice(0, 8), b.fileName,
    `${b.batch.index + 1}`, String(b.rows.length), b.verified ? "valid" : "invalid",
    b.rows.length ? b.rows[0].name + " <" + b.rows[0].email + ">" : ""])));
  document.querySelector("#delivered-count").textContent = String(batches.length);
}

document.querySelector("#import-callback").addEventListener("click", () => open("callback"));
document.querySelector("#import-webhook").addEventListener("click", () => open("webhook"));
refreshDelivered();
setInterval(refreshDelivered, 2000);
window.demoReady = true;
