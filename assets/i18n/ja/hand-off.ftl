## Handing profiles over: the import preview, the trust prompt, the browser wait

