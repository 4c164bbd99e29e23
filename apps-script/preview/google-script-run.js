// google.script.run for the local preview: each call POSTs { fn, args } to the preview server,
// which runs the add-on's global function in its Apps Script stand-in and answers with JSON.
;(() => {
  const endpoint = new URL('run', window.location.href).href

  function call(name, args, handlers) {
    fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ fn: name, args }),
    })
      .then((response) => response.json())
      .then(
        (answer) => {
          if (answer.ok) handlers.success?.(answer.value, handlers.userObject)
          else {
            const error = new Error(answer.error)
            error.name = 'ScriptError'
            handlers.failure?.(error, handlers.userObject)
          }
        },
        () => {
          const error = new Error('NetworkError: Connection failure due to HTTP 0')
          error.name = 'NetworkError'
          handlers.failure?.(error, handlers.userObject)
        }
      )
      .finally(() => {
        // Lets the preview's frame page refresh its view of the workbook.
        if (window.parent !== window)
          window.parent.postMessage({ lacraloPreview: 'ran', fn: name }, '*')
      })
  }

  // Like google.script.run: every with…() returns a new runner; any other name is a server function.
  function runner(handlers) {
    return new Proxy(
      {},
      {
        get(_target, name) {
          if (name === 'withSuccessHandler') return (success) => runner({ ...handlers, success })
          if (name === 'withFailureHandler') return (failure) => runner({ ...handlers, failure })
          if (name === 'withUserObject') return (userObject) => runner({ ...handlers, userObject })
          if (typeof name !== 'string' || name === 'then') return undefined
          return (...args) => call(name, args, handlers)
        },
      }
    )
  }

  window.google = {
    script: {
      run: runner({}),
      host: { close() {}, setHeight() {}, setWidth() {}, editor: { focus() {} } },
    },
  }
})()
