import { Component, type ReactNode } from 'react';

/**
 * Keeps a failure inside one part of the page: the part shows a short message and a retry
 * button, the rest of the app keeps working.
 */
export class ErrorBoundary extends Component<
  { children: ReactNode; what: string },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.warn(`${this.props.what} failed:`, error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" className="boundary-message">
        <p>The {this.props.what} could not be shown. The rest of the atlas still works.</p>
        <button
          type="button"
          className="button small"
          onClick={() => this.setState({ failed: false })}
        >
          Try again
        </button>
      </div>
    );
  }
}
