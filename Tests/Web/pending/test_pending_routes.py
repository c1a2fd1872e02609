"""Routes web-contract.md promises that `rounds serve` does not have yet (imports by upload,
pack and invitation downloads: docs/commands/serve.md, "Not yet in the browser"). Run by
`make test-web-pending`, not by `make test`; move these paths into ADMIN_GETS in
test_security.py once they are served."""

import pytest

from test_security import PENDING_ADMIN_GETS, to_login


@pytest.mark.parametrize("path", PENDING_ADMIN_GETS)
def test_pending_administrator_routes(server, path):
    anonymous = server.client().get(path)
    assert to_login(anonymous) or anonymous.status_code == 401, f"{path} without a session"
    assert server.facilitator().get(path).status_code == 403, f"{path} as a facilitator"
    assert server.admin().get(path).status_code == 200, f"{path} as an administrator"
