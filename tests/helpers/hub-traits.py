"""Prints, as JSON, the configurable traits the installed JupyterHub reports for its core
classes: {class: {trait: defining module}}. Run with Debian's /usr/bin/python3."""
import json

from jupyterhub import __version__
from jupyterhub.app import JupyterHub
from jupyterhub.auth import Authenticator, LocalAuthenticator, PAMAuthenticator
from jupyterhub.proxy import ConfigurableHTTPProxy, Proxy
from jupyterhub.spawner import LocalProcessSpawner, Spawner

classes = [JupyterHub, Spawner, LocalProcessSpawner, Authenticator, LocalAuthenticator,
           PAMAuthenticator, Proxy, ConfigurableHTTPProxy]
print(json.dumps({
    "version": __version__,
    "classes": {
        cls.__name__: {name: trait.this_class.__name__ for name, trait in sorted(cls.class_traits(config=True).items())}
        for cls in classes
    },
}))
