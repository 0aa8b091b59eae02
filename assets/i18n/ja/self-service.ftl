## Create account, confirm, forgot and change password, attributes, remembered devices

