// <SluiceImporter /> for React: opens the Sluice widget while `open` is true (a modal dialog, or
// inline in the component's own box with `inline`), with every option of Sluice.open as props.
// Written with createElement, not JSX, so it needs no build step; React is a peer dependency.
import { createElement, useEffect, useRef } from "react";
import { Sluice } from "./sluice.js";

const CALLBACKS = ["onData", "onClose", "onComplete"];

export function SluiceImporter(props) {
  const { open = true, inline = false, className, style } = props;
  const box = useRef(null);
  // the latest props, so that callbacks and hooks see the current render without reopening
  const latest = useRef(props);
  latest.current = props;
  useEffect(() => {
    if (!open) return undefined;
    const { open: _open, inline: _inline, className: _c, style: _s, ...options } = latest.current;
    for (const name of CALLBACKS) {
      if (typeof options[name] === "function") {
        options[name] = (...args) => latest.current[name] && latest.current[name](...args);
      }
    }
    const handle = Sluice.open({ ...options, container: inline ? box.current : undefined });
    return () => handle.close();
  }, [open, inline]);
  return inline ? createElement("div", { ref: box, className, style }) : null;
}

export default SluiceImporter;
